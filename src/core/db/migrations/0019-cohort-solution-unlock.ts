import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // When a cohort's learners may see an exercise's reference solution. The default keeps what
  // Stepwise always did: after a first attempt.
  await db.schema
    .alterTable("cohorts")
    .addColumn("solution_unlock", "text", (col) =>
      col
        .notNull()
        .defaultTo("after-attempts")
        .check(sql`solution_unlock in ('after-attempts', 'after-solving', 'after-date', 'never')`),
    )
    .execute();
  await db.schema
    .alterTable("cohorts")
    .addColumn("solution_unlock_attempts", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable("cohorts").addColumn("solution_unlock_date", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ["solution_unlock_date", "solution_unlock_attempts", "solution_unlock"])
    await db.schema.alterTable("cohorts").dropColumn(column).execute();
}
