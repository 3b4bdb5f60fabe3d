import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../core/project-root.js";

const BIN = join(PROJECT_ROOT, "bin/stepwise.mjs");

/**
 * Runs the `stepwise` command in `cwd` without blocking this process, which may also be serving
 * the HTTP server the command talks to.
 */
export function runStepwise(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
