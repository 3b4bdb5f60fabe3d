import { type Kysely, sql } from "kysely";

/**
 * A finished competition may take late submissions (as Kaggle's do): scored on both boards, shown
 * to the learner, never ranked. `late_since` says since when a closed competition takes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("project_closures").addColumn("late_since", "text").execute();
  await db.schema
    .alterTable("project_submissions")
    .addColumn("late", "integer", (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`late in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("project_submissions").dropColumn("late").execute();
  await db.schema.alterTable("project_closures").dropColumn("late_since").execute();
}
