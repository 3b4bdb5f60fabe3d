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
