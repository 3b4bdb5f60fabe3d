import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../core/project-root.js";

const BIN = join(PROJECT_ROOT, "bin/stepwise.mjs");
/** Nothing listens on port 9: a command that looks for Stepwise finds it is not running. */
export const UNREACHABLE = "http://127.0.0.1:9";

/**
 * Runs the `stepwise` command in `cwd` without blocking this process, which may also be serving
 * the HTTP server the command talks to.
 */
export function runStepwise(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runStepwiseWith(cwd, {}, ...args);
}

/** Like runStepwise, with `env` changed for the command: a value sets a variable, undefined removes it. */
export function runStepwiseWith(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runStepwiseWithInput(cwd, env, "", ...args);
}

/** Like runStepwiseWith, with `input` on the command's standard input (then closed, as a pipe would be). */
export function runStepwiseWithInput(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  input: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const running = startStepwise(cwd, env, ...args);
  running.child.stdin?.end(input);
  return running.exited.then((code) => ({ code, stdout: running.stdout(), stderr: running.stderr() }));
}

export interface RunningStepwise {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Its exit code; null when a signal ended it. */
  readonly exited: Promise<number | null>;
}

/** Starts the `stepwise` command and returns at once, for commands that keep running (a worker). */
export function startStepwise(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  ...args: string[]
): RunningStepwise {
  // Nothing is recorded on a Stepwise the developer happens to run: tests name their server with --server.
  const childEnv = Object.fromEntries(
    Object.entries({ ...process.env, STEPWISE_URL: UNREACHABLE, ...env }).filter(([, value]) => value !== undefined),
  );
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
