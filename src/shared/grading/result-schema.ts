import { z } from "zod";
import { GRADING_STATUSES, RUNTIMES } from "./result.js";

/** Validates a results document coming from outside the server (the browser posts its own runs). */
export const TestOutcomeSchema = z.object({
  name: z.string().max(500),
  status: z.enum(GRADING_STATUSES),
  message: z.string().max(20_000).nullable(),
  output: z.string().max(5_000),
  durationMs: z.number().nonnegative(),
});

export const GradingResultSchema = z.object({
  status: z.enum(GRADING_STATUSES),
  message: z.string().max(20_000),
  tests: z.array(TestOutcomeSchema).max(200),
  output: z.string().max(5_000),
  durationMs: z.number().nonnegative(),
  runtime: z.enum(RUNTIMES),
});
