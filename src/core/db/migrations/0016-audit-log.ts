import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // What administrators and instructors did to other people's accounts, for anyone who must
  // answer "who changed this?". The actor's row may go (account deleted); the entry stays.
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("at", "text", (col) => col.notNull())
    .addColumn("actor_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("actor_name", "text", (col) => col.notNull())
    .addColumn("action", "text", (col) => col.notNull())
    .addColumn("target_user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("details", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
}
