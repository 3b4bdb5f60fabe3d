import type { ExpressionBuilder } from "kysely";
import type { Database, DatabaseSchema } from "./database-schema.js";
import type { ExerciseAttemptRow, NewExerciseAttemptRow } from "./exercise-attempts.table.js";

/**
 * A result that counts: one a grading worker verified, or one from where nothing is verified
 * (local mode, imports, attempts from before the sandbox was on). A browser's result that is still
 * verifying, or could not be verified, is neither a solve nor a failure.
 */
export function countedResult(eb: ExpressionBuilder<DatabaseSchema, "exercise_attempts">) {
  return eb.or([eb("exercise_attempts.verification", "is", null), eb("exercise_attempts.verification", "=", "verified")]);
}

/** A pass that counts as a solve (see {@link countedResult}). */
export function countedPass(eb: ExpressionBuilder<DatabaseSchema, "exercise_attempts">) {
  return eb.and([eb("exercise_attempts.status", "=", "pass"), countedResult(eb)]);
}

export async function insertAttempt(db: Database, row: NewExerciseAttemptRow): Promise<void> {
  await db.insertInto("exercise_attempts").values(row).execute();
}

/** Ids of the exercises the user has solved (some attempt passed every test, as {@link countedPass} counts). */
export async function loadSolvedExerciseIds(db: Database, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("exercise_attempts")
    .select("exercise_id")
    .distinct()
    .where("user_id", "=", userId)
    .where(countedPass)
    .execute();
  return new Set(rows.map((row) => row.exercise_id));
}

export interface AttemptStats {
  readonly count: number;
  readonly solved: boolean;
}

export async function attemptStats(db: Database, userId: string, exerciseId: string): Promise<AttemptStats> {
  const row = await db
    .selectFrom("exercise_attempts")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .executeTakeFirst();
  const solved = await db
    .selectFrom("exercise_attempts")
    .select("id")
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .where(countedPass)
    .limit(1)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), solved: solved !== undefined };
}

export async function latestAttempt(db: Database, userId: string, exerciseId: string): Promise<ExerciseAttemptRow | undefined> {
  return db
    .selectFrom("exercise_attempts")
    .selectAll()
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** One of the learner's attempts at an exercise, or undefined when they have no such attempt. */
export async function findAttempt(
  db: Database,
  userId: string,
  exerciseId: string,
  attemptId: string,
): Promise<ExerciseAttemptRow | undefined> {
  return db
    .selectFrom("exercise_attempts")
    .selectAll()
    .where("id", "=", attemptId)
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .executeTakeFirst();
}

/** Exercises the learner attempted or drafted but never solved, most recently touched first. */
export async function unfinishedExerciseIds(db: Database, userId: string): Promise<string[]> {
  const [attempts, drafts, solved] = await Promise.all([
    db
      .selectFrom("exercise_attempts")
      .select(["exercise_id", (eb) => eb.fn.max("created_at").as("touched")])
      .where("user_id", "=", userId)
      .groupBy("exercise_id")
      .execute(),
    db.selectFrom("exercise_drafts").select(["exercise_id", "updated_at as touched"]).where("user_id", "=", userId).execute(),
    loadSolvedExerciseIds(db, userId),
  ]);
  const touched = new Map<string, string>();
  for (const row of [...attempts, ...drafts]) {
    const earlier = touched.get(row.exercise_id);
    if (!solved.has(row.exercise_id) && (earlier === undefined || row.touched > earlier))
      touched.set(row.exercise_id, row.touched);
  }
  return [...touched.entries()].sort((a, b) => b[1].localeCompare(a[1])).map(([id]) => id);
}
