import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import { runHarnessProcess } from "../harness-process.js";
import type { PythonRuntime } from "../python-runtime.js";
import { createSemaphore } from "../semaphore.js";
import { hostError } from "../../shared/grading/result.js";
import { RUN_MARKER_VARIABLE } from "../native/run-processes.js";
import { SCIENTIFIC_PYTHON_ENV } from "../native/native-runtime.js";
import { bubblewrapArguments, SANDBOX_HARNESS_DIR, SANDBOX_WORK_DIR } from "./bubblewrap-arguments.js";
import { sandboxProblem, type SandboxHost } from "./sandbox-host.js";
import { endSlotProcesses } from "./slot-processes.js";
import { releaseUidBlock, UIDS_PER_BLOCK } from "./uid-blocks.js";

export interface SandboxRuntimeOptions extends SandboxHost {
  /** Runs at once (default: the number of CPUs); each has a slot, and a user of its own when started as root. */
  readonly concurrency?: number;
}

/** Processes one run may have at once (its own user's count): enough for multiprocessing, not for a fork bomb. */
export const SANDBOX_PROCESS_LIMIT = 64;

/**
 * Runs each grading job in CPython under bubblewrap: no network, nothing of the host but the
 * interpreter's read-only files, a small private tmpfs as its folder and /tmp, no capabilities, a
 * clean environment, and — started as root — an unprivileged user per slot, so that the process
 * limit holds (docs/sandbox.md). Limits, time and output are handled as for the native runtime.
 * Where bubblewrap or user namespaces are missing, every run answers with what the host lacks.
 */
export function createSandboxRuntime(options: SandboxRuntimeOptions): PythonRuntime {
  const concurrency = Math.min(options.concurrency ?? availableParallelism(), UIDS_PER_BLOCK);
  const limit = createSemaphore(concurrency);
  const freeSlots = Array.from({ length: concurrency }, (_, slot) => slot);
  const running = new Set<() => void>();
  const track = (stop: () => void) => {
    running.add(stop);
    return () => void running.delete(stop);
  };
  // The harness, copied where every slot's user can read it, whoever owns the checkout.
  const harnessDir = copyHarness();
  let problem: Promise<string | null> | undefined;

  return {
    name: "sandbox",
    run: (job) =>
      limit(async () => {
        problem ??= sandboxProblem(options);
        const missing = await problem;
        if (missing) return hostError("sandbox", missing, 0);
        const slot = freeSlots.pop() ?? 0;
        const user = options.firstUid === undefined ? undefined : options.firstUid + slot;
        try {
          return await runHarnessProcess(job, {
            runtime: "sandbox",
            track,
            shareWorkDir: true,
            missingCommand: "Stepwise could not start bubblewrap (bwrap): install it (Debian: apt-get install bubblewrap).",
            launch: (workDir, runId) => ({
              command: "bwrap",
              args: [
                ...bubblewrapArguments({
                  harnessDir,
                  workDir,
                  dataFiles: (job.dataFiles ?? []).map((file) => file.name),
                  env: {
                    PATH: "/usr/bin:/bin",
                    LANG: "C.UTF-8",
                    HOME: SANDBOX_WORK_DIR,
                    TMPDIR: "/tmp",
                    [RUN_MARKER_VARIABLE]: runId,
                    ...SCIENTIFIC_PYTHON_ENV,
                  },
                }),
                options.python,
                "-I",
                "-X",
                "utf8",
                `${SANDBOX_HARNESS_DIR}/stepwise/run_native.py`,
              ],
              env: { PATH: "/usr/bin:/bin" },
              ...(user === undefined ? {} : { uid: user, gid: user }),
              jobSettings: { processLimit: SANDBOX_PROCESS_LIMIT },
            }),
          });
        } finally {
          if (user !== undefined) await endSlotProcesses(user);
          freeSlots.push(slot);
        }
      }),
    async close() {
      for (const stop of running) stop();
      rmSync(harnessDir, { recursive: true, force: true });
      if (options.firstUid !== undefined) releaseUidBlock(options.firstUid);
    },
  };
}

function copyHarness(): string {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-sandbox-harness-"));
  const packageDir = join(dir, "stepwise");
  mkdirSync(packageDir);
  const source = join(PYTHON_PACKAGE_ROOT, "stepwise");
  for (const name of readdirSync(source).filter((file) => file.endsWith(".py"))) {
    copyFileSync(join(source, name), join(packageDir, name));
    chmodSync(join(packageDir, name), 0o644);
  }
  chmodSync(packageDir, 0o755);
  chmodSync(dir, 0o755);
  return dir;
}
