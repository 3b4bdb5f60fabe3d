import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A learner's portfolio published at /u/<handle> (off until they publish it).
  await db.schema
    .createTable("public_profiles")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("handle", "text", (col) => col.notNull().unique())
    .addColumn("published_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("public_profiles").execute();
}
