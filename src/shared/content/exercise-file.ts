import { z } from "zod";
import { SlugSchema } from "./slug.js";

/** Third-party packages an exercise may need; anything else is standard library. */
export const EXERCISE_PACKAGES = ["numpy", "pandas", "scikit-learn", "matplotlib"] as const;
export type ExercisePackage = (typeof EXERCISE_PACKAGES)[number];

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
  time_limit_ms: z.number().int().min(500).max(60_000).default(DEFAULT_EXERCISE_TIME_LIMIT_MS),
  hints: z.array(z.string().trim().min(1)).min(2, "give 2–3 hints, each more specific than the last").max(3, "give 2–3 hints, each more specific than the last"),
});

export type ExerciseFile = z.infer<typeof ExerciseFileSchema>;
