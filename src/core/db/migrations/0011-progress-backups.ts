import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The learner's progress as it was before each import, so a wrong file can be undone.
  await db.schema
    .createTable("progress_backups")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (col) => col.notNull())
    .addColumn("document_json", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("progress_backups_user_created")
    .on("progress_backups")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("progress_backups").execute();
}
