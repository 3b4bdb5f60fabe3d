import type { Selectable } from "kysely";
import type { TopicStatus } from "../../shared/progress/topic-status.js";

export interface TopicProgressTable {
  user_id: string;
  topic_id: string;
  status: TopicStatus;
  /** ISO 8601 timestamp, stored as text so both dialects read it back identically. */
  updated_at: string;
}

export type TopicProgressRow = Selectable<TopicProgressTable>;
