/// <reference lib="webworker" />
// The browser's Python: Pyodide in a module worker, served by Stepwise itself, one job at a time.
import type { FromPythonWorker, ToPythonWorker } from "./worker-messages.js";

interface Pyodide {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  setInterruptBuffer(buffer: Int32Array): void;
  setStdin(options: { error: boolean }): void;
  loadPackage(
    names: string[],
    options?: { messageCallback?: (message: string) => void; errorCallback?: (message: string) => void },
  ): Promise<unknown>;
  loadedPackages: Record<string, string>;
}
type LoadPyodide = (options: {
  indexURL: string;
  packageBaseUrl: string;
  stdout: () => void;
  stderr: () => void;
}) => Promise<Pyodide>;

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
let pyodide: Pyodide | null = null;
let packagesUrl = "";

/** Downloads the big core files with a byte-level progress bar; loadPyodide then finds them in the HTTP cache. */
async function prefetch(urls: string[]): Promise<void> {
  const responses = await Promise.all(urls.map((url) => fetch(url)));
  const total = responses.reduce((sum, response) => sum + Number(response.headers.get("content-length") ?? 0), 0);
  let loaded = 0;
  await Promise.all(
    responses.map(async (response) => {
      if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
      const reader = response.body?.getReader();
      if (!reader) return;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        if (total > 0)
          post({ type: "progress", percent: Math.min(90, Math.round((loaded / total) * 90)), label: "Downloading Python" });
      }
    }),
  );
}

async function init(message: Extract<ToPythonWorker, { type: "init" }>): Promise<void> {
  packagesUrl = message.packagesUrl;
  post({ type: "progress", percent: 0, label: "Downloading Python" });
  await prefetch([`${message.pyodideUrl}pyodide.asm.wasm`, `${message.pyodideUrl}python_stdlib.zip`]);
  post({ type: "progress", percent: 92, label: "Starting Python (a few seconds)" });
  const module = (await import(/* @vite-ignore */ `${message.pyodideUrl}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
  const instance = await module.loadPyodide({
    indexURL: message.pyodideUrl,
    packageBaseUrl: message.packagesUrl,
    stdout: () => undefined,
    stderr: () => undefined,
  });
  instance.setStdin({ error: true });
  if (message.interruptBuffer) instance.setInterruptBuffer(new Int32Array(message.interruptBuffer));
  const sources = await Promise.all(
    message.harnessFiles.map(async (name) => {
      const response = await fetch(`${message.harnessUrl}${name}`);
      if (!response.ok) throw new Error(`the grading harness file ${name} answered ${response.status}`);
      return [name, await response.text()] as const;
    }),
  );
  instance.FS.mkdirTree("/stepwise-harness/stepwise");
  for (const [name, source] of sources) instance.FS.writeFile(`/stepwise-harness/stepwise/${name}`, source);
  instance.runPython('import sys\nsys.path.insert(0, "/stepwise-harness")\nfrom stepwise.host import run_json');
  runJson = instance.globals.get("run_json") as (job: string, seed: number, token: string) => string;
  pyodide = instance;
  post({ type: "progress", percent: 100, label: "Python is ready" });
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
