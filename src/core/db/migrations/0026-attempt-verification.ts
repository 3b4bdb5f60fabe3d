import { sql, type Kysely } from "kysely";

/** Where a verification stands; null for attempts nobody needs to verify (local mode, imports, earlier records). */
export async function verificationColumns(db: Kysely<unknown>, table: string): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn("verification", "text", (col) => col.check(sql`verification in ('verifying', 'verified', 'unverifiable')`))
    .execute();
  await db.schema.alterTable(table).addColumn("verified_at", "text").execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // On a shared Stepwise that grades in its sandbox, every attempt waits as "verifying" until a
  // grading worker has run it with the hidden tests; only then does a pass count as solved.
  await verificationColumns(db, "exercise_attempts");
  // Workers pick up what is still verifying after a restart; the index keeps that a short read.
  await db.schema.createIndex("exercise_attempts_verifying").on("exercise_attempts").column("verification").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("exercise_attempts_verifying").execute();
  await db.schema.alterTable("exercise_attempts").dropColumn("verified_at").execute();
  await db.schema.alterTable("exercise_attempts").dropColumn("verification").execute();
}
