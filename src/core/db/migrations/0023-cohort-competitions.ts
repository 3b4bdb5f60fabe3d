import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A project's competition within one cohort (multi-user mode): its instructor opens it, with a
  // deadline or none, and closes it, which reveals the cohort's private board.
  await db.schema
    .createTable("cohort_competitions")
    .addColumn("cohort_id", "text", (col) => col.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("project_id", "text", (col) => col.notNull())
    .addColumn("opened_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("opened_at", "text", (col) => col.notNull())
    .addColumn("deadline", "text")
    .addColumn("closed_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("closed_at", "text")
    .addPrimaryKeyConstraint("cohort_competitions_pk", ["cohort_id", "project_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("cohort_competitions").execute();
}
