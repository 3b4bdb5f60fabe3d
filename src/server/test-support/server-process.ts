import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../core/project-root.js";

/**
 * `npm start`'s server as its own process (without rebuilding the web app), on loopback `port`
 * with `env` added to this process's environment. Its standard error is piped (read it for a
 * failure's reason); its standard output is dropped.
 */
export function startServerProcess(port: number, env: Readonly<Record<string, string>>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/server/main.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Resolves once `GET /api/health` answers 200 at `base`; rejects after `timeoutMs`. */
export async function serverReady(base: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const health = await fetch(`${base}/api/health`).catch(() => null);
    if (health?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server at ${base} did not start within ${timeoutMs / 1000} s`);
}
