import { z } from "zod";
import { SlugSchema } from "../content/slug.js";
import { NoteTextSchema } from "./schemas.js";
import { TopicStatusSchema } from "./schemas.js";

export const PROGRESS_EXPORT_FORMAT = "stepwise-progress";
export const PROGRESS_EXPORT_VERSION = 1;

const TopicEntrySchema = z.strictObject({
  status: TopicStatusSchema.optional(),
  note: NoteTextSchema.optional(),
  updatedAt: z.iso.datetime().optional(),
});

/**
 * A learner's progress and notes as a portable JSON document: what `GET /api/progress/export`
 * returns and `POST /api/progress/import` accepts.
 */
export const ProgressExportSchema = z.strictObject({
  format: z.literal(PROGRESS_EXPORT_FORMAT, { error: `must be "${PROGRESS_EXPORT_FORMAT}"` }),
  version: z.literal(PROGRESS_EXPORT_VERSION, { error: `must be ${PROGRESS_EXPORT_VERSION}` }),
  exportedAt: z.iso.datetime(),
  topics: z.record(SlugSchema, TopicEntrySchema),
});

export type ProgressExport = z.infer<typeof ProgressExportSchema>;
