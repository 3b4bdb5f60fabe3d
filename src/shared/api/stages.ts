import { z } from "zod";
import { StageSummarySchema } from "./common.js";

export const StageParamsSchema = z.object({ stageId: z.string().min(1).max(200) });

const StageLinkSchema = z.object({ id: z.string(), order: z.number().int(), title: z.string() });

export const StageResponseSchema = StageSummarySchema.extend({
  outcomes: z.array(z.string()),
  stageCount: z.number().int(),
  previous: StageLinkSchema.nullable(),
  next: StageLinkSchema.nullable(),
});
