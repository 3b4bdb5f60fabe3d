import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // What the learner tried in a submission, as Kaggle lets them say; portfolio write-ups quote it.
  await db.schema.alterTable("project_submissions").addColumn("description", "text").execute();

  await db.schema
    .createTable("portfolio_entries")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("project_id", "text", (col) => col.notNull())
    .addColumn("markdown", "text", (col) => col.notNull())
    // The last machine draft: when `markdown` differs from it, the learner has edited the write-up.
    .addColumn("drafted_markdown", "text", (col) => col.notNull())
    .addColumn("featured", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("work_kind", "text", (col) => col.notNull().defaultTo("individual"))
    .addColumn("collaborators_json", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("code_exercises_json", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("portfolio_entries_pk", ["user_id", "project_id"])
    .execute();

  await db.schema
    .createTable("portfolio_profiles")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("headline", "text", (col) => col.notNull())
    .addColumn("links_json", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("portfolio_profiles").execute();
  await db.schema.dropTable("portfolio_entries").execute();
  await db.schema.alterTable("project_submissions").dropColumn("description").execute();
}
