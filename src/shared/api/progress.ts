import { z } from "zod";
import { PROGRESS_SECTIONS } from "../progress/progress-sections.js";
import { TopicStatusSchema } from "../progress/schemas.js";
import { ProgressSummarySchema } from "./common.js";

export const ProgressResponseSchema = z.object({
  overall: ProgressSummarySchema,
  stages: z.array(ProgressSummarySchema.extend({ id: z.string(), order: z.number().int(), title: z.string() })),
  topics: z.record(z.string(), TopicStatusSchema).describe("Every topic id with the learner's status"),
});

export const SetStatusBodySchema = z.strictObject({ status: TopicStatusSchema });

export const SetStatusResponseSchema = z.object({
  topicId: z.string(),
  status: TopicStatusSchema,
  updatedAt: z.string(),
});

export const ImportQuerySchema = z.object({
  mode: z
    .enum(["replace", "merge"], { error: 'must be "replace" or "merge"' })
    .default("replace")
    .describe("replace: what the file covers becomes exactly the file; merge: only the records it has are added or overwritten"),
});

const SectionChangesSchema = z.object({
  section: z.enum(PROGRESS_SECTIONS),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
});

export const ImportResponseSchema = z.object({
  mode: z.enum(["replace", "merge"]),
  sections: z.array(SectionChangesSchema).describe("What the import did, kind by kind"),
  backupId: z
    .string()
    .describe("The backup of everything as it was just before; POST /api/progress/backups/:id/restore undoes the import"),
});

export const ImportPreviewResponseSchema = z.object({
  mode: z.enum(["replace", "merge"]),
  sections: z.array(SectionChangesSchema).describe("What the import would do, kind by kind; nothing has changed yet"),
});

export const BackupListResponseSchema = z.object({
  backups: z
    .array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        reason: z.string(),
        contents: z
          .array(z.object({ section: z.enum(PROGRESS_SECTIONS), count: z.number().int() }))
          .describe("What it holds, kind by kind"),
      }),
    )
    .describe("Newest first; the last 10 are kept"),
});

export const BackupParamsSchema = z.object({ backupId: z.string().min(1).max(100) });
