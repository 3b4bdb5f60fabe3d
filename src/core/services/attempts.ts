import { randomUUID } from "node:crypto";
import type { Curriculum, Exercise } from "../../shared/content/index.js";
import { countTests, type GradingResult } from "../../shared/grading/result.js";
import type { AttemptVerification } from "../../shared/grading/verification.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import type { Database } from "../db/database-schema.js";
import { insertAttempt, loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import { findTopicProgress, saveTopicStatus } from "../db/topic-progress.repository.js";
import { enqueueForReview } from "./review-queue.js";
import type { GradingQueue } from "./grading-jobs/grading-queue.js";

export interface RecordedAttempt {
  readonly attempt: {
    readonly id: string;
    readonly status: GradingResult["status"];
    readonly runtime: GradingResult["runtime"];
    readonly testsPassed: number;
    readonly testsTotal: number;
    readonly createdAt: string;
    readonly selfReported: boolean;
    readonly verification: AttemptVerification | null;
  };
  readonly solved: boolean;
  readonly newlySolved: boolean;
  readonly topic: TopicStanding;
}

interface TopicStanding {
  readonly id: string;
  readonly status: TopicStatus;
  readonly exercisesSolved: number;
  readonly exercisesTotal: number;
}

/**
 * Records a graded run. A result that counts at once (local mode, sandbox off) may solve the
 * exercise. With `verifyWith`, the attempt is recorded as `verifying` and queued there in the same
 * transaction; a grading worker's {@link recordVerifiedResult} solves it then.
 */
export async function recordAttempt(
  db: Database,
  curriculum: Curriculum,
  input: {
    userId: string;
    exercise: Exercise;
    code: string;
    result: GradingResult;
    selfReported: boolean;
    verifyWith: Pick<GradingQueue, "enqueue"> | null;
    now: Date;
  },
): Promise<RecordedAttempt> {
  const { userId, exercise, result } = input;
  const createdAt = input.now.toISOString();
  const counts = countTests(result);

  return db.transaction().execute(async (trx) => {
    const solvedBefore = await loadSolvedExerciseIds(trx, userId);
    const attempt = {
      id: randomUUID(),
      status: result.status,
      runtime: result.runtime,
      testsPassed: counts.pass,
      testsTotal: result.tests.length,
      createdAt,
      selfReported: input.selfReported,
      verification: input.verifyWith ? ("verifying" as const) : null,
    };
    await insertAttempt(trx, {
      id: attempt.id,
      user_id: userId,
      exercise_id: exercise.id,
      code: input.code,
      runtime: result.runtime,
      status: result.status,
      tests_passed: attempt.testsPassed,
      tests_total: attempt.testsTotal,
      result_json: JSON.stringify(result),
      duration_ms: result.durationMs,
      created_at: createdAt,
      self_reported: input.selfReported ? 1 : 0,
      verification: attempt.verification,
    });
    await input.verifyWith?.enqueue(trx, attempt.id);
    const passed = result.status === "pass" && !input.verifyWith;
    return { attempt, ...(await applySolve(trx, curriculum, { userId, exercise, passed, solvedBefore, now: input.now })) };
  });
}

/**
 * Records a grading worker's verified result over an attempt that is `verifying` — its status,
 * counts and result become the worker's — and solves the exercise if it passed. Idempotent: an
 * attempt verified already (a retried job, a second worker) is left as it is, and null returned.
 */
export async function recordVerifiedResult(
  db: Database,
  curriculum: Curriculum,
  input: { attemptId: string; result: GradingResult; now: Date },
): Promise<{ readonly solved: boolean; readonly newlySolved: boolean } | null> {
  const { result } = input;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("exercise_attempts")
      .select(["user_id", "exercise_id"])
      .where("id", "=", input.attemptId)
      .where("verification", "=", "verifying")
      .executeTakeFirst();
    const exercise = row && curriculum.exercisesById.get(row.exercise_id);
    if (!row || !exercise) return null;
    const solvedBefore = await loadSolvedExerciseIds(trx, row.user_id);
    const updated = await trx
      .updateTable("exercise_attempts")
      .set({
        status: result.status,
        runtime: result.runtime,
        tests_passed: countTests(result).pass,
        tests_total: result.tests.length,
        result_json: JSON.stringify(result),
        duration_ms: result.durationMs,
        verification: "verified",
        verified_at: input.now.toISOString(),
      })
      .where("id", "=", input.attemptId)
      .where("verification", "=", "verifying")
      .executeTakeFirst();
    // Another worker's transaction verified it between the read and this update.
    if (Number(updated.numUpdatedRows) === 0) return null;
    const passed = result.status === "pass";
    const { solved, newlySolved } = await applySolve(trx, curriculum, {
      userId: row.user_id,
      exercise,
      passed,
      solvedBefore,
      now: input.now,
    });
    return { solved, newlySolved };
  });
}

/**
 * What a counted result changes beyond its own record. A newly solved exercise joins the review
 * queue; when it solves the last unsolved exercise of its topic, the topic becomes done — unless
 * the learner had set it to done or skipped already, or set it back afterwards (this happens
 * only at the moment of solving, so a later choice stands).
 */
async function applySolve(
  trx: Database,
  curriculum: Curriculum,
  input: { userId: string; exercise: Exercise; passed: boolean; solvedBefore: ReadonlySet<string>; now: Date },
): Promise<{ solved: boolean; newlySolved: boolean; topic: TopicStanding }> {
  const { userId, exercise } = input;
  const topic = curriculum.topicsById.get(exercise.topicId);
  if (!topic) throw new Error(`exercise ${exercise.id} names topic ${exercise.topicId}, which was not loaded`);
  const newlySolved = input.passed && !input.solvedBefore.has(exercise.id);
  const solvedNow = new Set(input.solvedBefore);
  if (input.passed) solvedNow.add(exercise.id);
  const exercisesSolved = topic.exerciseIds.filter((id) => solvedNow.has(id)).length;

  if (newlySolved)
    await enqueueForReview(trx, { userId, itemType: "exercise", itemId: exercise.id, rating: "good", now: input.now });

  let status: TopicStatus = (await findTopicProgress(trx, userId, topic.id))?.status ?? "todo";
  if (newlySolved && exercisesSolved === topic.exerciseIds.length && (status === "todo" || status === "learning")) {
    status = "done";
    await saveTopicStatus(trx, { userId, topicId: topic.id, status, updatedAt: input.now.toISOString() });
  }
  return {
    solved: solvedNow.has(exercise.id),
    newlySolved,
    topic: { id: topic.id, status, exercisesSolved, exercisesTotal: topic.exerciseIds.length },
  };
}
