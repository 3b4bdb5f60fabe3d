import type { z } from "zod";
import type { Stage, Topic } from "../../shared/content/index.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import type { Database } from "../../core/db/database-schema.js";
import { loadSolvedExerciseIds } from "../../core/db/exercise-attempts.repository.js";
import { loadStatuses } from "../../core/db/topic-progress.repository.js";
import { statusOf, summarize } from "../../core/services/progress-summary.js";
import type { StageSummarySchema, TopicSummarySchema } from "../../shared/api/common.js";

type Statuses = ReadonlyMap<string, TopicStatus>;

/** What the learner has done: topic statuses and solved exercise ids. */
export interface LearnerState {
  readonly statuses: Statuses;
  readonly solved: ReadonlySet<string>;
}

export function exerciseCount(exerciseIds: readonly string[], solved: ReadonlySet<string>): { solved: number; total: number } {
  return { solved: exerciseIds.filter((id) => solved.has(id)).length, total: exerciseIds.length };
}

export function presentTopicSummary(topic: Topic, state: LearnerState): z.infer<typeof TopicSummarySchema> {
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    status: statusOf(state.statuses, topic.id),
    estimatedHours: topic.estimatedHours,
    exercises: exerciseCount(topic.exerciseIds, state.solved),
  };
}

/** A stage with its topics' statuses and its progress; fields listed one by one so nothing else leaks. */
export function presentStage(stage: Stage, state: LearnerState): z.infer<typeof StageSummarySchema> {
  return {
    id: stage.id,
    order: stage.order,
    title: stage.title,
    summary: stage.summary,
    estimatedHours: stage.estimatedHours,
    beyondRoadmap: stage.beyondRoadmap,
    progress: summarize(stage.topics, state.statuses),
    exercises: exerciseCount(
      stage.topics.flatMap((topic) => topic.exerciseIds),
      state.solved,
    ),
    resources: [...stage.resources],
    topics: stage.topics.map((topic) => presentTopicSummary(topic, state)),
  };
}

const NOTHING_DONE: LearnerState = { statuses: new Map(), solved: new Set() };

/** What `userId` has done; a visitor (null) has done nothing. */
export async function loadLearnerState(db: Database, userId: string | null): Promise<LearnerState> {
  if (userId === null) return NOTHING_DONE;
  const [statuses, solved] = await Promise.all([loadStatuses(db, userId), loadSolvedExerciseIds(db, userId)]);
  return { statuses, solved };
}
