import { z } from "zod";
import { SlugSchema } from "./slug.js";

const ids = z.array(SlugSchema).min(1);

/**
 * One piece of evidence an item asks for. Each kind names what Stepwise can check in the learner's
 * own data; `topics_done` is the learner's word and is always shown as such.
 */
export const ReadinessRequirementSchema = z.union([
  z
    .strictObject({ exercises: ids, solve: z.int().min(1).optional() })
    .refine((value) => value.solve === undefined || value.solve <= value.exercises.length, {
      message: "solve cannot ask for more exercises than the list names",
      path: ["solve"],
    }),
  z.strictObject({ quiz: SlugSchema }),
  z
    .strictObject({ projects: ids, scored: z.int().min(1).optional(), beat_baseline: z.boolean().optional() })
    .refine((value) => value.scored === undefined || value.scored <= value.projects.length, {
      message: "scored cannot ask for more projects than the list names",
      path: ["scored"],
    }),
  z.strictObject({ models: z.int().min(1), reproduced: z.boolean().optional() }),
  z.strictObject({ topics_done: ids }),
  z.strictObject({ featured_projects: z.int().min(1).max(5) }),
  z.strictObject({ write_ups: z.int().min(1) }),
]);

const EvidenceSchema = z.array(ReadinessRequirementSchema).min(1);

/** `content/readiness.yaml`: the FAQ's essential skills and every stage outcome, each tied to evidence. */
export const ReadinessFileSchema = z.strictObject({
  skills: z
    .array(
      z.strictObject({
        id: SlugSchema,
        title: z.string().trim().min(1),
        summary: z.string().trim().min(1),
        evidence: EvidenceSchema,
      }),
    )
    .min(1),
  /** Stage id → one entry per outcome of its stage.yaml, in the same order. */
  stages: z.record(SlugSchema, z.array(z.strictObject({ evidence: EvidenceSchema })).min(1)),
});

export type ReadinessFile = z.infer<typeof ReadinessFileSchema>;
export type ReadinessRequirement = z.infer<typeof ReadinessRequirementSchema>;
