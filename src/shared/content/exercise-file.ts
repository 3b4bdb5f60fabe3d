import { z } from "zod";
import { EXERCISE_PACKAGES } from "./exercise-packages.js";
import { SlugSchema } from "./slug.js";

export const DEFAULT_EXERCISE_TIME_LIMIT_MS = 5_000;

/** `content/stages/NN-<stage>/exercises/<id>/exercise.yaml`. */
export const ExerciseFileSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().trim().min(1),
  topic: SlugSchema,
  difficulty: z.number().int().min(1).max(4),
  module: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, "must be a Python module name: lower-case letters, digits and underscores")
    .optional(),
  requires: z.array(z.enum(EXERCISE_PACKAGES)).default([]),
  // Training a small network (torch) takes tens of seconds on two cores: allow up to three minutes.
  time_limit_ms: z.number().int().min(500).max(180_000).default(DEFAULT_EXERCISE_TIME_LIMIT_MS),
  /** Address-space limit on native Python; torch alone maps more than the 1 GB default. */
  memory_limit_mb: z.number().int().min(256).max(8_192).optional(),
  /** Catalog datasets (shipped, not downloaded) written into the working directory as `<id>.<csv|json>`. */
  datasets: z.array(SlugSchema).default([]),
  hints: z.array(z.string().trim().min(1)).min(2, "give 2–3 hints, each more specific than the last").max(3, "give 2–3 hints, each more specific than the last"),
});

export type ExerciseFile = z.infer<typeof ExerciseFileSchema>;
