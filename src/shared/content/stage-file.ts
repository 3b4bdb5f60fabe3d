import { z } from "zod";
import { ResourceSchema } from "./resource.js";
import { SlugSchema } from "./slug.js";

/** `content/stages/NN-<id>/stage.yaml`. */
export const StageFileSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  outcomes: z.array(z.string().trim().min(1)).min(1),
  /** Topic ids in the order a learner should take them; each is a file under topics/. */
  topics: z.array(SlugSchema).min(1),
  resources: z.array(ResourceSchema),
  /** True for a stage Stepwise adds beyond the 2024 article (what an AI engineer needs since). */
  beyond_roadmap: z.boolean().default(false),
});

export type StageFile = z.infer<typeof StageFileSchema>;
