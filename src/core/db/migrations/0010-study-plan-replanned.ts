import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // When the learner last re-planned from today (null: never); the page shows it beside the status.
  await db.schema.alterTable("study_plans").addColumn("replanned_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("study_plans").dropColumn("replanned_at").execute();
}
