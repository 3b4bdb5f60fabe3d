import { sql, type Kysely } from "kysely";

// Migrations take Kysely<unknown>: they describe the schema as it was then, not as the code sees it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("display_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull().check(sql`kind in ('local', 'account')`))
    .addColumn("created_at", "text", (col) => col.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();

  await db.schema
    .createTable("topic_progress")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull().check(sql`status in ('todo', 'learning', 'done', 'skipped')`))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("topic_progress_pk", ["user_id", "topic_id"])
    .execute();

  await db.schema
    .createTable("topic_notes")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("topic_notes_pk", ["user_id", "topic_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("topic_notes").execute();
  await db.schema.dropTable("topic_progress").execute();
  await db.schema.dropTable("users").execute();
}
