import { z } from "zod";
import { NoteTextSchema } from "../progress/schemas.js";

export const SetNoteBodySchema = z.strictObject({ text: NoteTextSchema });

export const NoteResponseSchema = z.object({
  topicId: z.string(),
  text: z.string(),
  updatedAt: z.string(),
});
