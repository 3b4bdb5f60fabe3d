import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Earlier code of an exercise's draft: kept at every reset or restore and every ten minutes of
  // editing, so no click and no autosave loses a learner's work (the last 20 per exercise).
  await db.schema
    .createTable("exercise_draft_versions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("exercise_id", "text", (col) => col.notNull())
    .addColumn("code", "text", (col) => col.notNull())
    .addColumn("saved_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("exercise_draft_versions_user_exercise")
    .on("exercise_draft_versions")
    .columns(["user_id", "exercise_id", "saved_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("exercise_draft_versions").execute();
}
