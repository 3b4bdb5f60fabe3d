import { spawn } from "node:child_process";

export interface ScriptOutcome {
  readonly ok: boolean;
  /** The last lines of stderr, or why the script did not finish. */
  readonly problem: string | null;
  /** What the script printed (the first 256 KB), to compare with the output a lesson shows. */
  readonly stdout: string;
}

const STDOUT_LIMIT = 256_000;

/**
 * Runs a whole Python script (not a graded exercise) in `cwd`, for checking that the code in
 * lessons runs as written. Killed with its process group at the time limit.
 */
export function runPythonScript(options: {
  python: string;
  code: string;
  cwd: string;
  timeoutMs: number;
}): Promise<ScriptOutcome> {
  return new Promise((resolve) => {
    const child = spawn(options.python, ["-I", "-X", "utf8", "-"], {
      cwd: options.cwd,
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        LANG: "C.UTF-8",
        MPLBACKEND: "Agg",
        OPENBLAS_NUM_THREADS: "1",
        PYTHONDONTWRITEBYTECODE: "1",
      },
    });
    let stderr = "";
    let stdout = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (stdout.length < STDOUT_LIMIT) stdout += chunk.toString("utf8");
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 64_000) stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ ok: false, problem: `could not start ${options.python}: ${error.message}`, stdout });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ ok: false, problem: `did not finish within ${options.timeoutMs / 1000} s`, stdout });
      if (code === 0) return resolve({ ok: true, problem: null, stdout });
      resolve({
        ok: false,
        problem: stderr.trim().split("\n").slice(-3).join(" | ") || `exited with code ${code}`,
        stdout,
      });
    });
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(options.code);
  });
}
