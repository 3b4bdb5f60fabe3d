import type { Database } from "./database-schema.js";
import type { ExerciseAttemptRow, NewExerciseAttemptRow } from "./exercise-attempts.table.js";

export async function insertAttempt(db: Database, row: NewExerciseAttemptRow): Promise<void> {
  await db.insertInto("exercise_attempts").values(row).execute();
}

/** Ids of the exercises the user has solved (some attempt passed every test). */
export async function loadSolvedExerciseIds(db: Database, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("exercise_attempts")
    .select("exercise_id")
    .distinct()
    .where("user_id", "=", userId)
    .where("status", "=", "pass")
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
    .where("status", "=", "pass")
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
