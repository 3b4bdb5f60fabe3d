import type { GradingJob } from "../../shared/grading/grading-job.js";

/** Messages between the page and the Python module worker. */
export type ToPythonWorker =
  | {
      /** The worker asks the server where Python is itself, so that it can start before the page knows. */
      readonly type: "init";
      /** Int32Array over shared memory; writing 2 raises KeyboardInterrupt. Null without cross-origin isolation. */
      readonly interruptBuffer: SharedArrayBuffer | null;
    }
  | {
      readonly type: "run";
      readonly id: number;
      readonly job: GradingJob;
      readonly requires: readonly string[];
      readonly seed: number;
      readonly token: string;
    }
  /** Load an exercise's packages ahead of Run, so the page can say at once when they cannot load. */
  | { readonly type: "prepare"; readonly id: number; readonly requires: readonly string[] };

export type FromPythonWorker =
  | { readonly type: "progress"; readonly percent: number; readonly label: string }
  | { readonly type: "ready" }
  | { readonly type: "load-failed"; readonly message: string }
  | { readonly type: "started"; readonly id: number }
  | { readonly type: "reply"; readonly id: number; readonly reply: string }
  | { readonly type: "packages-missing"; readonly id: number; readonly message: string }
  | { readonly type: "prepared"; readonly id: number; readonly problem: string | null }
  | { readonly type: "fatal"; readonly id: number | null; readonly message: string };
