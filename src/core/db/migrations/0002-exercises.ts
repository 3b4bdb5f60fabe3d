import { sql, type Kysely } from "kysely";

/** exercise_attempts as this migration made it, under `name`, allowing `runtimes` (0025 rebuilds it with one more). */
export async function createAttemptsTable(db: Kysely<unknown>, name: string, runtimes: readonly string[]): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("exercise_id", "text", (col) => col.notNull())
    .addColumn("code", "text", (col) => col.notNull())
    .addColumn("runtime", "text", (col) =>
      col.notNull().check(sql`runtime in (${sql.join(runtimes.map((runtime) => sql.lit(runtime)))})`),
    )
    .addColumn("status", "text", (col) => col.notNull().check(sql`status in ('pass', 'fail', 'error')`))
    .addColumn("tests_passed", "integer", (col) => col.notNull())
    .addColumn("tests_total", "integer", (col) => col.notNull())
    .addColumn("result_json", "text", (col) => col.notNull())
    .addColumn("duration_ms", "real", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

export async function indexAttempts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("exercise_attempts_user_exercise")
    .on("exercise_attempts")
    .columns(["user_id", "exercise_id", "created_at"])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createAttemptsTable(db, "exercise_attempts", ["browser", "pyodide", "native"]);
  await indexAttempts(db);

  await db.schema
    .createTable("exercise_drafts")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("exercise_id", "text", (col) => col.notNull())
    .addColumn("code", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("exercise_drafts_pk", ["user_id", "exercise_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("exercise_drafts").execute();
  await db.schema.dropTable("exercise_attempts").execute();
}
