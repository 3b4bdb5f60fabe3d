import { randomUUID } from "node:crypto";
import type { Curriculum, Exercise } from "../../shared/content/index.js";
import { countTests, type GradingResult } from "../../shared/grading/result.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import type { Database } from "../db/database-schema.js";
import { insertAttempt, loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import { findTopicProgress, saveTopicStatus } from "../db/topic-progress.repository.js";
import { enqueueForReview } from "./review-queue.js";

export interface RecordedAttempt {
  readonly attempt: {
    readonly id: string;
    readonly status: GradingResult["status"];
    readonly runtime: GradingResult["runtime"];
    readonly testsPassed: number;
    readonly testsTotal: number;
    readonly createdAt: string;
    readonly selfReported: boolean;
  };
  readonly solved: boolean;
  readonly newlySolved: boolean;
  readonly topic: {
    readonly id: string;
    readonly status: TopicStatus;
    readonly exercisesSolved: number;
    readonly exercisesTotal: number;
  };
}

/**
 * Records a graded run. When it solves the last unsolved exercise of its topic, the topic
 * becomes done — unless the learner had set it to done or skipped already, or set it back
 * afterwards (this happens only at the moment of solving, so a later choice stands).
 */
export async function recordAttempt(
  db: Database,
  curriculum: Curriculum,
  input: { userId: string; exercise: Exercise; code: string; result: GradingResult; selfReported: boolean; now: Date },
): Promise<RecordedAttempt> {
  const { userId, exercise, result } = input;
  const createdAt = input.now.toISOString();
  const counts = countTests(result);
  const topic = curriculum.topicsById.get(exercise.topicId);
  if (!topic) throw new Error(`exercise ${exercise.id} names topic ${exercise.topicId}, which was not loaded`);

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
    });
    const newlySolved = result.status === "pass" && !solvedBefore.has(exercise.id);
    const solvedNow = new Set(solvedBefore);
    if (result.status === "pass") solvedNow.add(exercise.id);
    const exercisesSolved = topic.exerciseIds.filter((id) => solvedNow.has(id)).length;

    // A newly solved exercise joins the review queue, to be solved again before it is forgotten.
    if (newlySolved)
      await enqueueForReview(trx, { userId, itemType: "exercise", itemId: exercise.id, rating: "good", now: input.now });

    let status: TopicStatus = (await findTopicProgress(trx, userId, topic.id))?.status ?? "todo";
    if (newlySolved && exercisesSolved === topic.exerciseIds.length && (status === "todo" || status === "learning")) {
      status = "done";
      await saveTopicStatus(trx, { userId, topicId: topic.id, status, updatedAt: createdAt });
    }
    return {
      attempt,
      solved: solvedNow.has(exercise.id),
      newlySolved,
      topic: { id: topic.id, status, exercisesSolved, exercisesTotal: topic.exerciseIds.length },
    };
  });
}
