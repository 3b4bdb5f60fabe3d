import type { Topic } from "../content/index.js";
import type { TopicStatus } from "../progress/topic-status.js";
import type { PlannedTopic } from "./schedule-plan.js";

/** The part of the curriculum the order depends on (a whole Curriculum fits). */
export interface PlanningCurriculum {
  readonly stages: readonly { readonly topics: readonly { readonly id: string }[] }[];
  readonly topicsById: ReadonlyMap<string, Pick<Topic, "id" | "title" | "estimatedHours" | "prerequisites">>;
}

/**
 * The topics still to study (not done, not skipped), in roadmap order except that a topic never
 * comes before one of its prerequisites.
 */
export function remainingTopicsInOrder(
  curriculum: PlanningCurriculum,
  statuses: ReadonlyMap<string, TopicStatus>,
): PlannedTopic[] {
  const settled = (id: string) => {
    const status = statuses.get(id);
    return status === "done" || status === "skipped";
  };
  const roadmapOrder = curriculum.stages.flatMap((stage) => stage.topics).filter((topic) => !settled(topic.id));
  const placed = new Set<string>();
  const ordered: PlannedTopic[] = [];
  const place = (id: string): void => {
    const topic = curriculum.topicsById.get(id);
    if (!topic || placed.has(id) || settled(id)) return;
    placed.add(id);
    // Prerequisites first (the content check guarantees there are no cycles).
    for (const prerequisite of topic.prerequisites) place(prerequisite);
    ordered.push({ id: topic.id, title: topic.title, hours: topic.estimatedHours });
  };
  for (const topic of roadmapOrder) place(topic.id);
  return ordered;
}
