import type { Curriculum } from "../../../shared/content/index.js";
import { exerciseDataFiles } from "../../datasets/exercise-data-files.js";
import type { Database } from "../../db/database-schema.js";
import type { PythonRuntime } from "../../../runner/python-runtime.js";
import { verifiedGrade } from "../../../runner/verified-grade.js";
import { recordVerifiedResult } from "../attempts.js";
import { GradingHostFailure, type GradingHandlers } from "./grading-queue.js";

/** What a grading worker does, on this database, with this curriculum and sandbox. */
export function gradingHandlers(db: Database, curriculum: Curriculum, sandbox: PythonRuntime): GradingHandlers {
  return {
    verify: verifyAttempt(db, curriculum, sandbox),
    giveUp: (attemptId) => markUnverifiable(db, attemptId),
    waiting: () => verifyingAttemptIds(db),
  };
}

/**
 * A grading worker's job: runs a verifying attempt's code in the sandbox with the exercise's
 * visible and hidden tests and records the verified result. Safe to repeat: an attempt already
 * verified, or gone, is left alone.
 */
function verifyAttempt(db: Database, curriculum: Curriculum, sandbox: PythonRuntime): GradingHandlers["verify"] {
  return async (attemptId) => {
    const row = await db
      .selectFrom("exercise_attempts")
      .select(["exercise_id", "code"])
      .where("id", "=", attemptId)
      .where("verification", "=", "verifying")
      .executeTakeFirst();
    if (!row) return;
    const exercise = curriculum.exercisesById.get(row.exercise_id);
    // An exercise this Stepwise no longer has cannot be graded; the attempt stays as recorded.
    if (!exercise) return markUnverifiable(db, attemptId);
    const result = await verifiedGrade(sandbox, exercise, row.code, exerciseDataFiles(exercise, curriculum.datasets));
    if (result.hostFailure) throw new GradingHostFailure(result.message);
    await recordVerifiedResult(db, curriculum, { attemptId, result, now: new Date() });
  };
}

/** Gives up verifying an attempt (every try failed because of the host): it stays unsolved, and administrators see it. */
async function markUnverifiable(db: Database, attemptId: string): Promise<void> {
  await db
    .updateTable("exercise_attempts")
    .set({ verification: "unverifiable", verified_at: new Date().toISOString() })
    .where("id", "=", attemptId)
    .where("verification", "=", "verifying")
    .execute();
}

/** Attempts still waiting, oldest first: what a worker queues again when it starts. */
async function verifyingAttemptIds(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom("exercise_attempts")
    .select("id")
    .where("verification", "=", "verifying")
    .orderBy("created_at")
    .execute();
  return rows.map((row) => row.id);
}
