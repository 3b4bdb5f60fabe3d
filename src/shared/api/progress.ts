import { z } from "zod";
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
    .describe("replace: progress becomes exactly the document; merge: only the topics it names change"),
});

export const ImportResponseSchema = z.object({
  mode: z.enum(["replace", "merge"]),
  statusesImported: z.number().int(),
  notesImported: z.number().int(),
  backupId: z
    .string()
    .describe("The backup of your progress as it was just before; POST /api/progress/backups/:id/restore undoes the import"),
});

const ChangeCountsSchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
});

export const ImportPreviewResponseSchema = z.object({
  mode: z.enum(["replace", "merge"]),
  statuses: ChangeCountsSchema,
  notes: ChangeCountsSchema,
});

export const BackupListResponseSchema = z.object({
  backups: z
    .array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        reason: z.string(),
        statuses: z.number().int().describe("Topics with a status in the backup"),
        notes: z.number().int(),
      }),
    )
    .describe("Newest first; the last 10 are kept"),
});

export const BackupParamsSchema = z.object({ backupId: z.string().min(1).max(100) });
