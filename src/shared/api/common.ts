import { z } from "zod";
import { ResourceSchema } from "../content/resource.js";
import { TopicStatusSchema } from "../progress/schemas.js";

/** Response schemas shared by several routes; each route's own live beside it in schema.ts. */
export const ErrorResponseSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string().describe("What went wrong and how to fix it"),
});

export const ProgressSummarySchema = z.object({
  percent: z.number().int().min(0).max(100).describe("Share of non-skipped hours in done topics"),
  topicsTotal: z.number().int(),
  topicsDone: z.number().int(),
  topicsLearning: z.number().int(),
  topicsSkipped: z.number().int(),
  hoursTotal: z.number(),
  hoursDone: z.number(),
  hoursRemaining: z.number().describe("Hours of topics still todo or learning"),
});

export const TopicLinkSchema = z.object({ id: z.string(), title: z.string() });

export const ExerciseCountSchema = z.object({ solved: z.number().int(), total: z.number().int() });

export const TopicSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  status: TopicStatusSchema,
  estimatedHours: z.number(),
  exercises: ExerciseCountSchema.describe("Exercises of this topic the learner solved"),
});

export const StageSummarySchema = z.object({
  id: z.string(),
  order: z.number().int(),
  title: z.string(),
  summary: z.string(),
  estimatedHours: z.number(),
  beyondRoadmap: z.boolean().describe("Added by Stepwise beyond the 2024 article the roadmap comes from"),
  progress: ProgressSummarySchema,
  exercises: ExerciseCountSchema,
  resources: z.array(ResourceSchema),
  topics: z.array(TopicSummarySchema),
});

export const TopicIdParamsSchema = z.object({ topicId: z.string().min(1).max(200) });

export const notFound = (what: string) => ({
  statusCode: 404,
  error: "Not Found",
  message: `${what}. Open the roadmap (GET /api/roadmap) to see every id.`,
});
