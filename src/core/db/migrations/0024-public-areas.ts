import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Multi-user mode: the read-only areas an administrator has opened to visitors who are not
  // signed in (src/shared/public-areas.ts names them). A row means open; no row, closed.
  await db.schema
    .createTable("public_areas")
    .addColumn("area", "text", (col) => col.primaryKey())
    .addColumn("opened_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("opened_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("public_areas").execute();
}
