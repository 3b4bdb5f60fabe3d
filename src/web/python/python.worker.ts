/// <reference lib="webworker" />
// The browser's Python: Pyodide in a module worker, served by Stepwise itself, one job at a time.
import "../zod-without-eval.js";
import type { PyodideAPI } from "pyodide";
import { PYTHON_READY_MARK, type PythonReadyDetail } from "../../shared/python/browser-loading.js";
import { loadPython } from "./load-python.js";
import type { FromPythonWorker, ToPythonWorker } from "./worker-messages.js";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromPythonWorker) => scope.postMessage(message);
/** Stepwise's package names → Pyodide's. */
const PYODIDE_PACKAGES: Record<string, string> = {
  numpy: "numpy",
  pandas: "pandas",
  "scikit-learn": "scikit-learn",
  matplotlib: "matplotlib",
};

let runJson: ((job: string, seed: number, token: string) => string) | null = null;
let pyodide: PyodideAPI | null = null;
let packagesUrl = "";

async function init(message: Extract<ToPythonWorker, { type: "init" }>): Promise<void> {
  const loaded = await loadPython((percent, label) => post({ type: "progress", percent, label }));
  packagesUrl = loaded.settings.packagesUrl;
  const instance = loaded.pyodide;
  instance.setStdin({ error: true });
  if (message.interruptBuffer) instance.setInterruptBuffer(new Int32Array(message.interruptBuffer));
  runJson = instance.globals.get("run_json") as (job: string, seed: number, token: string) => string;
  pyodide = instance;
  post({ type: "progress", percent: 100, label: "Python is ready" });
  performance.mark(PYTHON_READY_MARK, { detail: { fromSnapshot: loaded.fromSnapshot } satisfies PythonReadyDetail });
  post({ type: "ready" });
}

/** Loads the packages a job needs; `loadPackage` does not throw when the index is unreachable, so check. */
async function ensurePackages(requires: readonly string[]): Promise<string | null> {
  const python = pyodide;
  if (!python || requires.length === 0) return null;
  const names = requires.map((name) => PYODIDE_PACKAGES[name] ?? name);
  const missing = names.filter((name) => !(name in python.loadedPackages));
  if (missing.length === 0) return null;
  post({ type: "progress", percent: 0, label: `Loading ${missing.join(", ")}` });
  await python.loadPackage(missing, { messageCallback: () => undefined, errorCallback: () => undefined }).catch(() => undefined);
  const stillMissing = missing.filter((name) => !(name in python.loadedPackages));
  post({ type: "progress", percent: 100, label: "Python is ready" });
  if (stillMissing.length === 0) return null;
  return (
    `${stillMissing.join(", ")} could not be loaded from the Pyodide package index at ${packagesUrl}. ` +
    "Ask your administrator to set STEPWISE_PYODIDE_PACKAGES_URL to a reachable mirror of the index, or choose “My Python” to run on your own python3."
  );
}

scope.onmessage = async (event: MessageEvent<ToPythonWorker>) => {
  const message = event.data;
  if (message.type === "init") {
    try {
      await init(message);
    } catch (error) {
      post({ type: "load-failed", message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (!runJson) {
    post({ type: "fatal", id: message.id, message: "Python is not loaded yet" });
    return;
  }
  if (message.type === "prepare") {
    post({ type: "prepared", id: message.id, problem: await ensurePackages(message.requires) });
    return;
  }
  const problem = await ensurePackages(message.requires);
  if (problem) {
    post({ type: "packages-missing", id: message.id, message: problem });
    return;
  }
  post({ type: "started", id: message.id });
  try {
    post({ type: "reply", id: message.id, reply: runJson(JSON.stringify(message.job), message.seed, message.token) });
  } catch (error) {
    post({
      type: "fatal",
      id: message.id,
      message: error instanceof Error ? (error.message.split("\n").filter(Boolean).pop() ?? "") : String(error),
    });
  }
};
