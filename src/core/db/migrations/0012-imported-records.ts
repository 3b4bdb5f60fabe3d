import { type Kysely, sql } from "kysely";

/**
 * Attempts, submissions and closures brought in by an import are marked: the learner's own file
 * says they happened, no grader here saw them, so once accounts exist they never pass for
 * verified solves or scores.
 */
const TABLES = ["exercise_attempts", "project_submissions", "project_closures"] as const;

export async function importedColumn(db: Kysely<unknown>, table: string): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn("imported", "integer", (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`imported in (0, 1)`),
    )
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await importedColumn(db, table);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn("imported").execute();
}
