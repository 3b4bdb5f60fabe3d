import type { Exercise } from "../shared/content/index.js";
import type { GradingJob } from "../shared/grading/grading-job.js";

/** The grading job for running `learnerSource` against an exercise's tests. */
export function exerciseJob(exercise: Exercise, learnerSource: string): GradingJob {
  return {
    learnerSource,
    module: exercise.module,
    testSource: exercise.tests.source,
    testFilename: exercise.tests.filename,
    timeLimitMs: exercise.timeLimitMs,
  };
}
