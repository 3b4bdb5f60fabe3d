import { z } from "zod";
import { ResourceSchema } from "./resource.js";
import { SlugSchema } from "./slug.js";

/** The YAML front matter of `content/stages/NN-<stage>/topics/<id>.md`. */
export const TopicFrontMatterSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  estimated_hours: z.number().positive().max(500),
  prerequisites: z.array(SlugSchema).default([]),
  resources: z.array(ResourceSchema).max(8, "at most 8 resources per topic"),
  /** false for topics where practice is not code (career, networking); the rest must have exercises. */
  code: z.boolean().default(true),
});

export type TopicFrontMatter = z.infer<typeof TopicFrontMatterSchema>;
