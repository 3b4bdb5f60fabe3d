import type { GradingResult, RuntimeName } from "../shared/grading/result.js";

/** Everything needed to grade a learner's code against an exercise's tests. */
export interface GradingJob {
  /** The learner's code, loaded as module `module`. */
  readonly learnerSource: string;
  /** The module name the tests import, e.g. `dot_product`. */
  readonly module: string;
  readonly testSource: string;
  /** e.g. `test_dot_product.py`; appears in tracebacks. */
  readonly testFilename: string;
  /** Wall-clock limit for the whole run. */
  readonly timeLimitMs: number;
  /** Address-space limit (native only; Pyodide is bounded by WebAssembly's 4 GB). */
  readonly memoryLimitMb?: number;
}

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

/** The message for a run stopped at its time limit. */
export function timeLimitMessage(timeLimitMs: number): string {
  const seconds = timeLimitMs / 1000;
  return `Stopped after ${seconds} s, the time limit for this exercise. Look for a loop that never ends, or code that does far more work than needed.`;
}
