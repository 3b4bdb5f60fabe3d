import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { randomBytes, randomInt } from "node:crypto";
import { join } from "node:path";
import { removeRunDirectory } from "./run-directory.js";
import { endMarkedProcesses, RUN_MARKER_VARIABLE } from "./run-processes.js";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import { runError, timeLimitMessage, type GradingResult } from "../../shared/grading/result.js";
import { dataFilesProblem, type GradingJob } from "../../shared/grading/grading-job.js";
import { DEFAULT_MEMORY_LIMIT_MB, type PythonRuntime } from "../python-runtime.js";
import { createSemaphore } from "../semaphore.js";
import { parseHarnessReply } from "../../shared/grading/harness-reply.js";
import { refuseOversizedSource } from "../source-limit.js";

/** What the learner's code may print straight to the process's stdout/stderr before we stop keeping it. */
const RAW_OUTPUT_KEEP = 64 * 1024;
const RESULT_FD = 3;

export interface NativeRuntimeOptions {
  /** The interpreter: `STEPWISE_PYTHON`, default `python3`. */
  readonly python: string;
  /** Processes running at once (default: the number of CPUs); more would steal each other's time limit. */
  readonly concurrency?: number;
}

/**
 * Runs each grading job in a fresh `python3` process: isolated mode, in a fresh temporary
 * directory removed afterwards, memory, CPU, file-size and open-file limits set before the
 * learner's code runs, results on a private pipe rather than stdout. When the run ends, so does
 * every process it started: its process group, and on Linux every process carrying the run's
 * marker in its environment, even one that left the group with `setsid` or a double fork.
 */
export function createNativeRuntime(options: NativeRuntimeOptions): PythonRuntime {
  const running = new Set<() => void>();
  const limit = createSemaphore(options.concurrency ?? availableParallelism());
  return {
    name: "native",
    run: (job) => limit(() => runProcess(job)),
    async close() {
      for (const kill of running) kill();
    },
  };

  function runProcess(job: GradingJob): Promise<GradingResult> {
    return new Promise<GradingResult>((resolve) => {
      const refused = refuseOversizedSource(job.learnerSource, "native");
      if (refused) return resolve(refused);
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const token = randomBytes(16).toString("hex");
      const runId = randomBytes(8).toString("hex");
      const badFiles = dataFilesProblem(job);
      if (badFiles) return resolve(runError("native", badFiles, 0));
      let workDir: string;
      try {
        workDir = mkdtempSync(join(tmpdir(), "stepwise-run-"));
        for (const file of job.dataFiles ?? []) writeFileSync(join(workDir, file.name), file.text);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return resolve(
          runError(
            "native",
            `Stepwise could not make a temporary folder for the run (${why}). Free some disk space and try again.`,
            0,
          ),
        );
      }
      const child = spawn(options.python, ["-I", "-X", "utf8", join(PYTHON_PACKAGE_ROOT, "stepwise", "run_native.py")], {
        cwd: workDir,
        stdio: ["pipe", "pipe", "pipe", "pipe"],
        detached: true,
        env: {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          LANG: "C.UTF-8",
          [RUN_MARKER_VARIABLE]: runId,
          // tempfile writes inside the run's directory, so what it leaves is removed with it.
          TMPDIR: workDir,
          // One thread per library: threads multiply the address space RLIMIT_AS counts, and grading needs none.
          OPENBLAS_NUM_THREADS: "1",
          OMP_NUM_THREADS: "1",
          MKL_NUM_THREADS: "1",
          MPLBACKEND: "Agg",
          PYTHONDONTWRITEBYTECODE: "1",
        },
      });
      let reply = "";
      let stderr = "";
      let timedOut = false;
      let settled = false;
      const killGroup = () => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      };
      let ending: Promise<void> | undefined;
      /** Ends the run's process group, then every process carrying its marker, once. */
      const endRun = (): Promise<void> => {
        killGroup();
        ending ??= endMarkedProcesses(runId);
        return ending;
      };
      const finish = (result: GradingResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(killGroup);
        void endRun().then(() => {
          // Only once nothing of the run can still write there.
          removeRunDirectory(workDir);
          resolve(result);
        });
      };
      running.add(killGroup);
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, job.timeLimitMs);
      // A process that left the group may hold the output pipes open, and "close" waits for them.
      child.on("exit", () => void endRun());

      child.stdio[RESULT_FD]?.on("data", (chunk: Buffer) => {
        reply += chunk.toString("utf8");
      });
      // The learner's raw prints are drained (so the pipe never blocks) but not kept past a cap.
      child.stdout?.on("data", () => undefined);
      child.stderr?.on("data", (chunk: Buffer) => {
        if (stderr.length < RAW_OUTPUT_KEEP) stderr += chunk.toString("utf8");
      });
      child.on("error", (error: NodeJS.ErrnoException) => {
        finish(
          runError(
            "native",
            error.code === "ENOENT"
              ? `Stepwise could not start Python: "${options.python}" was not found. Install Python 3.10 or newer, or set STEPWISE_PYTHON to its path.`
              : `Stepwise could not start Python (${options.python}): ${error.message}`,
            elapsed(),
          ),
        );
      });
      child.on("close", (code, signal) => {
        if (timedOut) return finish(runError("native", timeLimitMessage(job.timeLimitMs), elapsed()));
        const parsed = parseHarnessReply(reply, token);
        if (parsed) return finish({ ...parsed, durationMs: elapsed(), runtime: "native" });
        const why =
          signal === "SIGXCPU"
            ? "it used more CPU time than allowed"
            : signal
              ? `it was stopped by ${signal}`
              : `it exited with code ${code} before reporting results (does your code call os._exit or exit the process?)`;
        const detail = stderr.trim().split("\n").slice(-3).join("\n");
        finish(runError("native", `Python ended without results: ${why}.${detail ? `\n${detail}` : ""}`, elapsed()));
      });

      child.stdin?.on("error", () => undefined); // the process may die before reading its job
      child.stdin?.end(
        JSON.stringify({
          resultFd: RESULT_FD,
          token,
          seed: randomInt(2 ** 31),
          memoryLimitMb: job.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB,
          cpuLimitSeconds: Math.ceil(job.timeLimitMs / 1000) + 1,
          learnerSource: job.learnerSource,
          module: job.module,
          testSource: job.testSource,
          testFilename: job.testFilename,
        }),
      );
    });
  }
}
