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
  | { readonly type: "ready"; readonly loadMs: number; readonly fromSnapshot: boolean; readonly snapshotFailed: boolean }
  /** A memory snapshot of the interpreter with the harness imported, when the pool asked for one. */
  | { readonly type: "snapshot"; readonly bytes: Uint8Array }
  | { readonly type: "reply"; readonly id: number; readonly reply: string }
  | { readonly type: "fatal"; readonly id: number | null; readonly message: string };

export interface WorkerSetup {
  /** Int32Array over a SharedArrayBuffer: writing 2 (SIGINT) raises KeyboardInterrupt in Python. */
  readonly interruptBuffer: SharedArrayBuffer;
  readonly harnessFiles: Record<string, string>;
  /** The pyodide npm package's folder (with a trailing slash). */
  readonly indexURL: string;
  /** Start from this memory snapshot instead of loading Python from scratch (0.4 s instead of 3–5 s). */
  readonly snapshot: Uint8Array | null;
  /** Load from scratch and send back a snapshot for the next workers. */
  readonly makeSnapshot: boolean;
}
