import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes, randomInt } from "node:crypto";
import { join } from "node:path";
import { removeRunDirectory } from "./native/run-directory.js";
import { endMarkedProcesses } from "./native/run-processes.js";
import { hostError, runError, timeLimitMessage, type GradingResult, type RuntimeName } from "../shared/grading/result.js";
import { dataFilesProblem, type GradingJob } from "../shared/grading/grading-job.js";
import { DEFAULT_MEMORY_LIMIT_MB } from "./python-runtime.js";
import { parseHarnessReply } from "../shared/grading/harness-reply.js";
import { refuseOversizedSource } from "./source-limit.js";

/** What the learner's code may print straight to the process's stdout/stderr before we stop keeping it. */
const RAW_OUTPUT_KEEP = 64 * 1024;
/** The harness's private results pipe: the child's fd 3. */
const RESULT_FD = 3;

/** How to start the harness (`python/stepwise/run_native.py`) for one run. */
export interface HarnessLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Run as this user and group (only when the host process may switch: root). */
  readonly uid?: number;
  readonly gid?: number;
  /** More settings for the harness, beside the job (e.g. a process limit). */
  readonly jobSettings?: Record<string, number>;
}

export interface HarnessRunOptions {
  readonly runtime: RuntimeName;
  /** The run's fresh directory (its data files inside) and marker → how to start the harness there. */
  readonly launch: (workDir: string, runId: string) => HarnessLaunch;
  /** What to tell the learner when the command itself is missing. */
  readonly missingCommand: string;
  /** Registers the run's "stop now" with its runtime while it runs (so `close` can end it); returns the unregister. */
  readonly track: (stop: () => void) => () => void;
  /** Leave the run's directory readable by another user (the sandbox's), not only by this one. */
  readonly shareWorkDir?: boolean;
}

/**
 * Runs one grading job in a fresh process of the Python harness: in a fresh temporary directory
 * removed afterwards, results on a private pipe rather than stdout, raw output drained and capped,
 * a wall-clock limit. When the run ends, so does every process it started: its process group, and
 * on Linux every process carrying the run's marker in its environment, even one that left the
 * group with `setsid` or a double fork. Never throws: every failure is a result.
 */
export function runHarnessProcess(job: GradingJob, options: HarnessRunOptions): Promise<GradingResult> {
  const { runtime } = options;
  return new Promise<GradingResult>((resolve) => {
    const refused = refuseOversizedSource(job.learnerSource, runtime);
    if (refused) return resolve(refused);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const token = randomBytes(16).toString("hex");
    const runId = randomBytes(8).toString("hex");
    const badFiles = dataFilesProblem(job);
    if (badFiles) return resolve(runError(runtime, badFiles, 0));
    let workDir: string;
    try {
      workDir = mkdtempSync(join(tmpdir(), "stepwise-run-"));
      if (options.shareWorkDir) chmodSync(workDir, 0o755);
      for (const file of job.dataFiles ?? []) writeFileSync(join(workDir, file.name), file.text, { mode: 0o644 });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return resolve(
        hostError(
          runtime,
          `Stepwise could not make a temporary folder for the run (${why}). Free some disk space and try again.`,
          0,
        ),
      );
    }
    const launch = options.launch(workDir, runId);
    const child = spawn(launch.command, launch.args, {
      cwd: workDir,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      detached: true,
      env: launch.env,
      ...(launch.uid === undefined ? {} : { uid: launch.uid }),
      ...(launch.gid === undefined ? {} : { gid: launch.gid }),
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
    const untrack = options.track(killGroup);
    const finish = (result: GradingResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      untrack();
      void endRun().then(() => {
        // Only once nothing of the run can still write there.
        removeRunDirectory(workDir);
        resolve(result);
      });
    };
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
        hostError(
          runtime,
          error.code === "ENOENT" ? options.missingCommand : `Stepwise could not start ${launch.command}: ${error.message}`,
          elapsed(),
        ),
      );
    });
    child.on("close", (code, signal) => {
      if (timedOut) return finish(runError(runtime, timeLimitMessage(job.timeLimitMs), elapsed()));
      const parsed = parseHarnessReply(reply, token);
      if (parsed) return finish({ ...parsed, durationMs: elapsed(), runtime });
      const why =
        signal === "SIGXCPU"
          ? "it used more CPU time than allowed"
          : signal
            ? `it was stopped by ${signal}`
            : `it exited with code ${code} before reporting results (does your code call os._exit or exit the process?)`;
      const detail = stderr.trim().split("\n").slice(-3).join("\n");
      finish(runError(runtime, `Python ended without results: ${why}.${detail ? `\n${detail}` : ""}`, elapsed()));
    });

    child.stdin?.on("error", () => undefined); // the process may die before reading its job
    child.stdin?.end(
      JSON.stringify({
        resultFd: RESULT_FD,
        token,
        seed: randomInt(2 ** 31),
        memoryLimitMb: job.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB,
        cpuLimitSeconds: Math.ceil(job.timeLimitMs / 1000) + 1,
        ...launch.jobSettings,
        learnerSource: job.learnerSource,
        module: job.module,
        testSource: job.testSource,
        testFilename: job.testFilename,
      }),
    );
  });
}
