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
});
