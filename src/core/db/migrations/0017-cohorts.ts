import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A group an instructor teaches (multi-user mode). A learner may be in several.
  await db.schema
    .createTable("cohorts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createTable("cohort_members")
    .addColumn("cohort_id", "text", (col) => col.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull().check(sql`role in ('learner', 'instructor')`))
    .addColumn("joined_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("cohort_members_pk", ["cohort_id", "user_id"])
    .execute();
  await db.schema.createIndex("cohort_members_user").on("cohort_members").column("user_id").execute();
  // Invite links: only a hash of the token is kept, so the table cannot be used to join.
  await db.schema
    .createTable("cohort_invites")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("cohort_id", "text", (col) => col.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("expires_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("cohort_invites").execute();
  await db.schema.dropTable("cohort_members").execute();
  await db.schema.dropTable("cohorts").execute();
}
