import { z } from "zod";
import { NOTE_MAX_LENGTH } from "./note.js";
import { TOPIC_STATUSES } from "./topic-status.js";

// Zod schemas live apart from the plain constants so the web app can use those without bundling Zod.

/** Names the value it refuses: `"mastered" is not one of "todo", "learning", "done", "skipped"`. */
export const TopicStatusSchema = z.enum(TOPIC_STATUSES, {
  error: (issue) =>
    `${issue.input === undefined ? "is missing; it must be" : `${JSON.stringify(issue.input)} is not`} one of ${TOPIC_STATUSES.map((status) => `"${status}"`).join(", ")}`,
});

export const NoteTextSchema = z
  .string()
  .max(
    NOTE_MAX_LENGTH,
    `a note can be at most ${NOTE_MAX_LENGTH.toLocaleString("en")} characters; shorten it or split it across topics`,
  );
