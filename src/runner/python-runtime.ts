import type { GradingJob } from "../shared/grading/grading-job.js";
import type { GradingResult, RuntimeName } from "../shared/grading/result.js";

/**
 * One way to run Python. Every implementation returns a result — never throws for anything the
 * learner's code does — and the same result shape.
 */
export interface PythonRuntime {
  readonly name: RuntimeName;
  run(job: GradingJob): Promise<GradingResult>;
  /** Stops workers or processes; the runtime cannot be used afterwards. */
  close(): Promise<void>;
}

export const DEFAULT_MEMORY_LIMIT_MB = 1024;
