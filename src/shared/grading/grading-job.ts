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
  /** Data the tests read, written into the run's working directory first (e.g. `seattle-weather.csv`). */
  readonly dataFiles?: readonly DataFile[];
}

/** A text file placed beside the learner's code before a run. */
export interface DataFile {
  /** A plain file name: no folders. */
  readonly name: string;
  readonly text: string;
}

/**
 * Why a job's data files cannot be written, or null when they can: each must name a file in the
 * working directory itself (no folders, no `..`, not hidden), once.
 */
export function dataFilesProblem(job: GradingJob): string | null {
  const names = (job.dataFiles ?? []).map((file) => file.name);
  const bad = names.find((name) => !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name) || name.includes(".."));
  if (bad !== undefined) return `The data file name "${bad}" must be a plain file name, with no folders.`;
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  return repeated === undefined ? null : `The data file "${repeated}" is given twice.`;
}
