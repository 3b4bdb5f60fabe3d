import type { Exercise } from "../shared/content/index.js";
import type { GradingJob } from "../shared/grading/grading-job.js";

/**
 * The grading job for running `learnerSource` against an exercise's tests, or against its hidden
 * tests (which only Stepwise itself may run; see Exercise.hiddenTests).
 */
export function exerciseJob(exercise: Exercise, learnerSource: string, which: "visible" | "hidden" = "visible"): GradingJob {
  const tests = which === "hidden" ? exercise.hiddenTests : exercise.tests;
  if (!tests) throw new Error(`exercise ${exercise.id} has no hidden tests`);
  return {
    learnerSource,
    module: exercise.module,
    testSource: tests.source,
    testFilename: tests.filename,
    timeLimitMs: exercise.timeLimitMs,
  };
}
