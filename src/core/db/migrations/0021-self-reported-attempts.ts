import type { Kysely } from "kysely";

export async function selfReportedColumn(db: Kysely<unknown>, table: string): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn("self_reported", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // In multi-user mode a browser reports its own results, which it could forge: such attempts
  // are kept marked until graders on the server can verify them.
  await selfReportedColumn(db, "exercise_attempts");
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("exercise_attempts").dropColumn("self_reported").execute();
}
