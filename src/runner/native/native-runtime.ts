import { availableParallelism } from "node:os";
import { join } from "node:path";
import { RUN_MARKER_VARIABLE } from "./run-processes.js";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import type { PythonRuntime } from "../python-runtime.js";
import { createSemaphore } from "../semaphore.js";
import { runHarnessProcess } from "../harness-process.js";

export interface NativeRuntimeOptions {
  /** The interpreter: `STEPWISE_PYTHON`, default `python3`. */
  readonly python: string;
  /** Processes running at once (default: the number of CPUs); more would steal each other's time limit. */
  readonly concurrency?: number;
}

/**
 * Runs each grading job in a fresh process of the learner's own `python3` (isolated mode), with
 * memory, CPU, file-size and open-file limits set before the learner's code runs. No sandbox: it
 * is for the learner's own code on the learner's own machine (see the sandbox runtime for a server).
 */
export function createNativeRuntime(options: NativeRuntimeOptions): PythonRuntime {
  const running = new Set<() => void>();
  const limit = createSemaphore(options.concurrency ?? availableParallelism());
  const track = (stop: () => void) => {
    running.add(stop);
    return () => void running.delete(stop);
  };
  return {
    name: "native",
    run: (job) =>
      limit(() =>
        runHarnessProcess(job, {
          runtime: "native",
          track,
          missingCommand: `Stepwise could not start Python: "${options.python}" was not found. Install Python 3.10 or newer, or set STEPWISE_PYTHON to its path.`,
          launch: (workDir, runId) => ({
            command: options.python,
            args: ["-I", "-X", "utf8", join(PYTHON_PACKAGE_ROOT, "stepwise", "run_native.py")],
            env: {
              PATH: process.env.PATH ?? "/usr/bin:/bin",
              LANG: "C.UTF-8",
              [RUN_MARKER_VARIABLE]: runId,
              // tempfile writes inside the run's directory, so what it leaves is removed with it.
              TMPDIR: workDir,
              ...SCIENTIFIC_PYTHON_ENV,
            },
          }),
        }),
      ),
    async close() {
      for (const stop of running) stop();
    },
  };
}

/** Settings the scientific libraries read, for grading in a child process. */
export const SCIENTIFIC_PYTHON_ENV = {
  // One thread per library: threads multiply the address space RLIMIT_AS counts, and grading needs none.
  OPENBLAS_NUM_THREADS: "1",
  OMP_NUM_THREADS: "1",
  MKL_NUM_THREADS: "1",
  MPLBACKEND: "Agg",
  PYTHONDONTWRITEBYTECODE: "1",
} as const;
