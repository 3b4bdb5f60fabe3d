import type { z } from "zod";
import type { Stage, Topic } from "../../shared/content/index.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import { statusOf, summarize } from "../services/progress-summary.js";
import type { StageSummarySchema, TopicSummarySchema } from "../../shared/api/common.js";

type Statuses = ReadonlyMap<string, TopicStatus>;

export function presentTopicSummary(topic: Topic, statuses: Statuses): z.infer<typeof TopicSummarySchema> {
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    status: statusOf(statuses, topic.id),
    estimatedHours: topic.estimatedHours,
  };
}

/** A stage with its topics' statuses and its progress; fields listed one by one so nothing else leaks. */
export function presentStage(stage: Stage, statuses: Statuses): z.infer<typeof StageSummarySchema> {
  return {
    id: stage.id,
    order: stage.order,
    title: stage.title,
    summary: stage.summary,
    estimatedHours: stage.estimatedHours,
    progress: summarize(stage.topics, statuses),
    resources: [...stage.resources],
    topics: stage.topics.map((topic) => presentTopicSummary(topic, statuses)),
  };
}
