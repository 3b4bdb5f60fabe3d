import { z } from "zod";
import { SlugSchema } from "./slug.js";

/** `content/roadmap.yaml`: the roadmap's title and the order of its stages. */
export const RoadmapFileSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
  stages: z.array(SlugSchema).min(1),
});

export type RoadmapFile = z.infer<typeof RoadmapFileSchema>;
