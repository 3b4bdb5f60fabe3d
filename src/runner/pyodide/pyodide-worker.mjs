// @ts-check
// A worker thread that owns one Pyodide interpreter and grades jobs one at a time.
// Plain JavaScript (type-checked through JSDoc): worker threads do not inherit tsx's loader,
// and registering it in every worker would add ~0.4 s to each start.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide } from "pyodide";

/** @typedef {import("./worker-protocol.js").WorkerSetup} WorkerSetup */
/** @typedef {import("./worker-protocol.js").FromWorker} FromWorker */
/** @typedef {import("./worker-protocol.js").ToWorker} ToWorker */
/** @typedef {import("pyodide").PyodideAPI} PyodideAPI */

const setup = /** @type {WorkerSetup} */ (workerData);
const port = parentPort;
if (!port) throw new Error("pyodide-worker.mjs must run as a worker thread");
/** @type {(message: FromWorker, transfer?: ArrayBuffer[]) => void} */
const post = (message, transfer = []) => port.postMessage(message, transfer);
// Learner prints go through the harness's capture; anything written to the real streams is dropped.
// indexURL is explicit because Pyodide's own guess from its stack trace fails under some loaders.
const base = { stdout: () => undefined, stderr: () => undefined, indexURL: setup.indexURL };

/**
 * Writes the harness package's files to the interpreter's file system.
 * @param {PyodideAPI} pyodide
 */
function writeHarnessFiles(pyodide) {
  for (const [path, source] of Object.entries(setup.harnessFiles)) {
    pyodide.FS.mkdirTree(`/stepwise-harness/${path.split("/").slice(0, -1).join("/")}`);
    pyodide.FS.writeFile(`/stepwise-harness/${path}`, source);
  }
}

/**
 * Loads Python from scratch and imports the harness (which a snapshot already contains).
 * @param {boolean} makeSnapshot
 * @returns {Promise<PyodideAPI>}
 */
async function loadFresh(makeSnapshot) {
  const pyodide = await loadPyodide({ ...base, ...(makeSnapshot ? { _makeSnapshot: true } : {}) });
  writeHarnessFiles(pyodide);
  pyodide.runPython('import sys\nsys.path.insert(0, "/stepwise-harness")\nfrom stepwise.host import run_json');
  return pyodide;
}

/**
 * Loads from scratch, and hands a new snapshot to the pool when asked to.
 * @param {boolean} makeSnapshot
 */
async function loadAndMaybeSnapshot(makeSnapshot) {
  const fresh = await loadFresh(makeSnapshot);
  if (makeSnapshot) {
    const bytes = fresh.makeMemorySnapshot();
    post({ type: "snapshot", bytes }, [/** @type {ArrayBuffer} */ (bytes.buffer)]);
  }
  return fresh;
}

const started = performance.now();
/** @type {PyodideAPI} */
let pyodide;
let fromSnapshot = false;
let snapshotFailed = false;
if (setup.snapshot) {
  try {
    pyodide = await loadPyodide({ ...base, _loadSnapshot: setup.snapshot });
    // A snapshot holds the interpreter's memory, with the modules the harness imported, but not
    // its files: write them again, so that modules a learner imports later (stepwise.export,
    // stepwise.onnx_reader) are found too.
    writeHarnessFiles(pyodide);
    pyodide.runPython("from stepwise.host import forget_file_listings\nforget_file_listings()");
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
const run = /** @type {(job: string, seed: number, token: string) => string} */ (pyodide.globals.get("run_json"));
post({ type: "ready", loadMs: Math.round(performance.now() - started), fromSnapshot, snapshotFailed });

port.on("message", (/** @type {ToWorker} */ message) => {
  try {
    post({ type: "reply", id: message.id, reply: run(JSON.stringify(message.job), message.seed, message.token) });
  } catch (error) {
    // The harness never raises; reaching here means the interpreter itself broke (os._exit,
    // a stack overflow in C). The pool replaces this worker.
    const text = error instanceof Error ? (error.message.split("\n").filter(Boolean).slice(-1)[0] ?? "") : String(error);
    post({ type: "fatal", id: message.id, message: text });
  }
});
