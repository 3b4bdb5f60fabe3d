import type { Curriculum, Topic } from "../../shared/content/index.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";

/** How far a learner is through a set of topics. Skipped topics count neither as done nor as remaining. */
export interface ProgressSummary {
  /** Share of the non-skipped hours that sit in done topics, 0–100, rounded. */
  readonly percent: number;
  readonly topicsTotal: number;
  readonly topicsDone: number;
  readonly topicsLearning: number;
  readonly topicsSkipped: number;
  readonly hoursTotal: number;
  readonly hoursDone: number;
  readonly hoursRemaining: number;
}

export interface StageProgress extends ProgressSummary {
  readonly id: string;
  readonly order: number;
  readonly title: string;
}

export interface LearnerProgress {
  readonly overall: ProgressSummary;
  readonly stages: StageProgress[];
  readonly topics: Readonly<Record<string, TopicStatus>>;
}

const roundHours = (hours: number): number => Math.round(hours * 10) / 10;

export function statusOf(statuses: ReadonlyMap<string, TopicStatus>, topicId: string): TopicStatus {
  return statuses.get(topicId) ?? "todo";
}

/** Summarises the given topics under the learner's statuses. */
export function summarize(topics: readonly Topic[], statuses: ReadonlyMap<string, TopicStatus>): ProgressSummary {
  let hoursDone = 0;
  let hoursRemaining = 0;
  let hoursTotal = 0;
  const count: Record<TopicStatus, number> = { todo: 0, learning: 0, done: 0, skipped: 0 };
  for (const topic of topics) {
    const status = statusOf(statuses, topic.id);
    count[status] += 1;
    hoursTotal += topic.estimatedHours;
    if (status === "done") hoursDone += topic.estimatedHours;
    else if (status !== "skipped") hoursRemaining += topic.estimatedHours;
  }
  const counted = hoursDone + hoursRemaining;
  return {
    // Nothing left to do (every topic done or skipped) is complete, even if all were skipped.
    percent: counted === 0 ? (topics.length > 0 ? 100 : 0) : Math.round((hoursDone / counted) * 100),
    topicsTotal: topics.length,
    topicsDone: count.done,
    topicsLearning: count.learning,
    topicsSkipped: count.skipped,
    hoursTotal: roundHours(hoursTotal),
    hoursDone: roundHours(hoursDone),
    hoursRemaining: roundHours(hoursRemaining),
  };
}

/** Per-stage and overall progress plus every topic's status. */
export function learnerProgress(curriculum: Curriculum, statuses: ReadonlyMap<string, TopicStatus>): LearnerProgress {
  const topics: Record<string, TopicStatus> = {};
  for (const id of curriculum.topicsById.keys()) topics[id] = statusOf(statuses, id);
  return {
    overall: summarize([...curriculum.topicsById.values()], statuses),
    stages: curriculum.stages.map((stage) => ({
      id: stage.id,
      order: stage.order,
      title: stage.title,
      ...summarize(stage.topics, statuses),
    })),
    topics,
  };
}
