import type { GradingJob } from "../../shared/grading/grading-job.js";

/** Messages between the pool (main thread) and a Pyodide worker thread. */
export type ToWorker = {
  readonly type: "run";
  readonly id: number;
  readonly job: GradingJob;
  readonly seed: number;
  readonly token: string;
};

export type FromWorker =
  | { readonly type: "ready"; readonly loadMs: number }
  | { readonly type: "reply"; readonly id: number; readonly reply: string }
  | { readonly type: "fatal"; readonly id: number | null; readonly message: string };

export interface WorkerSetup {
  /** Int32Array over a SharedArrayBuffer: writing 2 (SIGINT) raises KeyboardInterrupt in Python. */
  readonly interruptBuffer: SharedArrayBuffer;
  readonly harnessFiles: Record<string, string>;
  /** The pyodide npm package folder, or undefined for the package's own default. */
  readonly indexURL: string | undefined;
}
