import { z } from "zod";

/** A page of the web app that shows a piece of evidence or the next step towards it. */
export const EvidenceLinkSchema = z.object({
  kind: z.enum(["exercise", "quiz", "project", "models", "topic", "portfolio"]),
  title: z.string(),
  href: z.string().describe("A path of the web app"),
});

export const RequirementResultSchema = z.object({
  kind: z.enum(["exercises", "quiz", "projects", "models", "topics_done", "portfolio"]),
  met: z.boolean(),
  have: z.number().int().describe("How much of the requirement the learner's data shows"),
  need: z.number().int(),
  text: z.string().describe("The requirement and where the learner stands, in a sentence"),
  selfReported: z.boolean().describe("True when the evidence is the learner's own word (a topic marked done), not a check"),
  shownBy: z.array(EvidenceLinkSchema).describe("The learner's work that counts towards it"),
  next: z.array(EvidenceLinkSchema).describe("What to do next to meet it; empty when met"),
});

export const ReadinessItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  met: z.boolean(),
  /** Share of the requirements' amounts met, 0–1, for a progress bar. */
  progress: z.number().min(0).max(1),
  requirements: z.array(RequirementResultSchema),
});

export const ReadinessResponseSchema = z.object({
  skills: z.array(ReadinessItemSchema).describe("The roadmap FAQ's essential skills"),
  stages: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      title: z.string(),
      outcomes: z.array(ReadinessItemSchema).describe("The stage's outcomes, in its order"),
    }),
  ),
  summary: z.object({
    skillsMet: z.number().int(),
    skillsTotal: z.number().int(),
    outcomesMet: z.number().int(),
    outcomesTotal: z.number().int(),
    text: z.string().describe("One line for the roadmap page"),
    next: EvidenceLinkSchema.nullable().describe("The first missing step of the first skill not yet shown"),
  }),
});

export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;
export type RequirementResult = z.infer<typeof RequirementResultSchema>;
export type ReadinessItem = z.infer<typeof ReadinessItemSchema>;
export type ReadinessResponse = z.infer<typeof ReadinessResponseSchema>;
