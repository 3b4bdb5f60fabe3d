import { sql, type Kysely } from "kysely";

/**
 * The submissions table with the kinds of submission its CHECK allows. Migration 0007 rebuilds
 * the table on SQLite (which cannot alter a CHECK) with this same definition and one kind more.
 */
export async function createSubmissionsTable(db: Kysely<unknown>, name: string, kinds: readonly string[]): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("project_id", "text", (col) => col.notNull())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull().check(sql`kind in (${sql.join(kinds.map((kind) => sql.lit(kind)))})`))
    // Scores by metric id, as JSON; the leaderboard metric is also kept as a column to sort on.
    .addColumn("public_scores_json", "text", (col) => col.notNull())
    .addColumn("private_scores_json", "text", (col) => col.notNull())
    .addColumn("public_score", "double precision", (col) => col.notNull())
    .addColumn("private_score", "double precision", (col) => col.notNull())
    .addColumn("final", "integer", (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`final in (0, 1)`),
    )
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

export async function indexSubmissions(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("project_submissions_project_user")
    .on("project_submissions")
    .columns(["project_id", "user_id", "created_at"])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createSubmissionsTable(db, "project_submissions", ["numbers", "labels", "probabilities"]);
  await indexSubmissions(db);

  await db.schema
    .createTable("project_closures")
    .addColumn("project_id", "text", (col) => col.primaryKey())
    .addColumn("closed_by", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("closed_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("project_closures").execute();
  await db.schema.dropTable("project_submissions").execute();
}
