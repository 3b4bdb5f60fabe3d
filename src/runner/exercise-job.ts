import type { Exercise } from "../shared/content/index.js";
import type { DataFile, GradingJob } from "../shared/grading/grading-job.js";

/**
 * The grading job for running `learnerSource` against an exercise's tests, or against its hidden
 * tests (which only Stepwise itself may run; see Exercise.hiddenTests). `dataFiles` are the
 * exercise's datasets as its tests read them (see core/datasets/exercise-data-files.ts).
 */
export function exerciseJob(
  exercise: Exercise,
  learnerSource: string,
  which: "visible" | "hidden" = "visible",
  dataFiles: readonly DataFile[] = [],
): GradingJob {
  const tests = which === "hidden" ? exercise.hiddenTests : exercise.tests;
  if (!tests) throw new Error(`exercise ${exercise.id} has no hidden tests`);
  if (dataFiles.length !== exercise.datasets.length) {
    throw new Error(
      `exercise ${exercise.id} reads ${exercise.datasets.length} dataset(s) but the job was given ${dataFiles.length}`,
    );
  }
  return {
    learnerSource,
    module: exercise.module,
    testSource: tests.source,
    testFilename: tests.filename,
    timeLimitMs: exercise.timeLimitMs,
    ...(exercise.memoryLimitMb === null ? {} : { memoryLimitMb: exercise.memoryLimitMb }),
    ...(dataFiles.length > 0 ? { dataFiles } : {}),
  };
}
