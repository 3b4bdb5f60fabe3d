// A worker thread that owns one Pyodide interpreter and grades jobs one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide, type PyodideAPI } from "pyodide";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-protocol.js";

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error("pyodide-worker.ts must run as a worker thread");
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
// Learner prints go through the harness's capture; anything written to the real streams is dropped.
const quiet = { stdout: () => undefined, stderr: () => undefined };

/** Loads Python from scratch and imports the harness (which a snapshot already contains). */
async function loadFresh(makeSnapshot: boolean): Promise<PyodideAPI> {
  const pyodide = await loadPyodide({ ...quiet, ...(makeSnapshot ? { _makeSnapshot: true } : {}) });
  for (const [path, source] of Object.entries(setup.harnessFiles)) {
    pyodide.FS.mkdirTree(`/stepwise-harness/${path.split("/").slice(0, -1).join("/")}`);
    pyodide.FS.writeFile(`/stepwise-harness/${path}`, source);
  }
  pyodide.runPython('import sys\nsys.path.insert(0, "/stepwise-harness")\nfrom stepwise.host import run_json');
  return pyodide;
}

/** Loads from scratch, and hands a new snapshot to the pool when asked to. */
async function loadAndMaybeSnapshot(makeSnapshot: boolean): Promise<PyodideAPI> {
  const fresh = await loadFresh(makeSnapshot);
  if (makeSnapshot) {
    const bytes = fresh.makeMemorySnapshot();
    post({ type: "snapshot", bytes }, [bytes.buffer as ArrayBuffer]);
  }
  return fresh;
}

const started = performance.now();
let pyodide: PyodideAPI;
let fromSnapshot = false;
let snapshotFailed = false;
if (setup.snapshot) {
  try {
    pyodide = await loadPyodide({ ...quiet, _loadSnapshot: setup.snapshot });
    fromSnapshot = true;
  } catch {
    // A snapshot is tied to the exact Pyodide build; if it does not fit, load normally and make a good one.
    snapshotFailed = true;
    pyodide = await loadAndMaybeSnapshot(true);
  }
} else {
  pyodide = await loadAndMaybeSnapshot(setup.makeSnapshot);
}
pyodide.setStdin({ error: true });
pyodide.setInterruptBuffer(new Int32Array(setup.interruptBuffer));
const run = pyodide.globals.get("run_json") as (job: string, seed: number, token: string) => string;
post({ type: "ready", loadMs: Math.round(performance.now() - started), fromSnapshot, snapshotFailed });

port.on("message", (message: ToWorker) => {
  try {
    const reply = run(JSON.stringify(message.job), message.seed, message.token);
    post({ type: "reply", id: message.id, reply });
  } catch (error) {
    // The harness never raises; reaching here means the interpreter itself broke (os._exit,
    // a stack overflow in C). The pool replaces this worker.
    post({
      type: "fatal",
      id: message.id,
      message: error instanceof Error ? (error.message.split("\n").filter(Boolean).slice(-1)[0] ?? "") : String(error),
    });
  }
});
