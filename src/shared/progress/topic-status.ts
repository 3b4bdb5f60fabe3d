/** Where a learner stands on a topic. `skipped` topics count neither as done nor as remaining. */
export const TOPIC_STATUSES = ["todo", "learning", "done", "skipped"] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
