import type { NextStep } from "../../shared/api/next-steps.js";
import type { Curriculum } from "../../shared/content/index.js";
import { nextSteps } from "../../shared/progress/next-steps.js";
import type { Database } from "../db/database-schema.js";
import { loadSolvedExerciseIds, unfinishedExerciseIds } from "../db/exercise-attempts.repository.js";
import { countDueCards } from "../db/review-cards.repository.js";
import { loadStatuses } from "../db/topic-progress.repository.js";
import { planTopicOrder } from "./study-plan.js";

/** "Continue where you left off" for one learner, from what the database holds now. */
export async function learnerNextSteps(db: Database, curriculum: Curriculum, userId: string, now: Date): Promise<NextStep[]> {
  const [statuses, solvedExercises, unfinishedExercises, reviews, planOrder] = await Promise.all([
    loadStatuses(db, userId),
    loadSolvedExerciseIds(db, userId),
    unfinishedExerciseIds(db, userId),
    countDueCards(db, userId, now.toISOString()),
    planTopicOrder(db, userId),
  ]);
  return nextSteps(curriculum, { statuses, solvedExercises, unfinishedExercises, reviewsDue: reviews.due, planOrder });
}
