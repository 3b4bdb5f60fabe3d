import { z } from "zod";

export const NextStepSchema = z.object({
  kind: z.enum(["exercise", "review", "topic", "finished"]),
  title: z.string(),
  href: z.string().describe("A path of the web app"),
  reason: z.string().describe("Why this is suggested, in a few words"),
});

export const NextStepsResponseSchema = z.object({
  steps: z.array(NextStepSchema).describe("Most useful first; the first is what the header's Continue link opens"),
});

export type NextStep = z.infer<typeof NextStepSchema>;
export type NextStepsResponse = z.infer<typeof NextStepsResponseSchema>;
