import { z } from "zod";
import { ProgressSummarySchema, StageSummarySchema } from "./common.js";

export const RoadmapResponseSchema = z.object({
  title: z.string(),
  summary: z.string(),
  source: z.object({ title: z.string(), url: z.string() }),
  estimatedHours: z.number(),
  progress: ProgressSummarySchema,
  stages: z.array(StageSummarySchema),
});
