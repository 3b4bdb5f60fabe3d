import fp from "fastify-plugin";
import { join } from "node:path";
import type { AppConfig } from "../../core/config.js";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import { createPyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import type { PythonRuntime } from "../../runner/python-runtime.js";
import { createSandboxRuntime } from "../../runner/sandbox/sandbox-runtime.js";
import { sandboxUsers } from "../../runner/sandbox/sandbox-host.js";
import type { ServerRuntimeName } from "../../shared/api/exercises.js";

export interface ServerRuntimes {
  /** The runtime by name, started on first use (Pyodide's worker takes 2–4 s), then kept warm. */
  get(name: ServerRuntimeName): PythonRuntime;
}

/**
 * Why the server may not grade with `runtime`, or null when it may: its own Python and Pyodide
 * only in local mode on loopback (STEPWISE_RUN_PYTHON), the sandbox only where it is switched on.
 */
export function refusalToRun(config: AppConfig, runtime: ServerRuntimeName): string | null {
  if (runtime === "sandbox")
    return config.sandbox.enabled
      ? null
      : "The sandbox is off on this Stepwise: set STEPWISE_SANDBOX=on where bubblewrap is installed (docs/sandbox.md).";
  return config.serverPython.enabled ? null : (config.serverPython.reason ?? "Server-side Python is off.");
}

/** The server's own Python runtimes, for local mode's "My Python", the sandbox, and POST /api/run. */
export const pythonRuntimesPlugin = fp(
  async (app) => {
    const started = new Map<ServerRuntimeName, PythonRuntime>();
    const start = (name: ServerRuntimeName): PythonRuntime => {
      if (name === "native") return createNativeRuntime({ python: app.config.python });
      if (name === "sandbox") return createSandboxRuntime({ python: app.config.sandbox.python, ...sandboxUsers() });
      return createPyodideRuntime({ workers: 1, snapshotCacheDir: join(app.config.dataDir, "cache") });
    };
    app.decorate("runtimes", {
      get(name) {
        const runtime = started.get(name) ?? start(name);
        started.set(name, runtime);
        return runtime;
      },
    } satisfies ServerRuntimes);
    app.addHook("onClose", async () => {
      await Promise.all([...started.values()].map((runtime) => runtime.close()));
    });
  },
  { name: "python-runtimes" },
);
