import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("project_submissions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("project_id", "text", (col) => col.notNull())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull().check(sql`kind in ('numbers', 'labels', 'probabilities')`))
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
  await db.schema
    .createIndex("project_submissions_project_user")
    .on("project_submissions")
    .columns(["project_id", "user_id", "created_at"])
    .execute();

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
