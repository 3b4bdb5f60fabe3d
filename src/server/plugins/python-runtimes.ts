import fp from "fastify-plugin";
import { join } from "node:path";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import { createPyodideRuntime, type PyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import type { PythonRuntime } from "../../runner/python-runtime.js";

export interface ServerRuntimes {
  /** The runtime by name; Pyodide's worker starts on first use (2–4 s), then stays warm. */
  get(name: "native" | "pyodide"): PythonRuntime;
}

/** The server's own Python runtimes, for local mode's "My Python" and for POST /api/run. */
export const pythonRuntimesPlugin = fp(
  async (app) => {
    const native = createNativeRuntime({ python: app.config.python });
    let pyodide: PyodideRuntime | undefined;
    app.decorate("runtimes", {
      get(name) {
        if (name === "native") return native;
        pyodide ??= createPyodideRuntime({ workers: 1, snapshotCacheDir: join(app.config.dataDir, "cache") });
        return pyodide;
      },
    } satisfies ServerRuntimes);
    app.addHook("onClose", async () => {
      await Promise.all([native.close(), pyodide?.close()]);
    });
  },
  { name: "python-runtimes" },
);
