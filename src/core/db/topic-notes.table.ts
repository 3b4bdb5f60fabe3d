import type { Selectable } from "kysely";

export interface TopicNotesTable {
  user_id: string;
  topic_id: string;
  text: string;
  /** ISO 8601 timestamp, stored as text so both dialects read it back identically. */
  updated_at: string;
}

export type TopicNoteRow = Selectable<TopicNotesTable>;
