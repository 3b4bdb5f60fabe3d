// A worker thread that owns one Pyodide interpreter and grades jobs one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-protocol.js";

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error("pyodide-worker.ts must run as a worker thread");
const post = (message: FromWorker) => port.postMessage(message);

const started = performance.now();
// Learner prints go through the harness's capture; anything written to the real streams is dropped.
const pyodide = await loadPyodide({
  ...(setup.indexURL ? { indexURL: setup.indexURL } : {}),
  stdout: () => undefined,
  stderr: () => undefined,
});
pyodide.setStdin({ error: true });
pyodide.setInterruptBuffer(new Int32Array(setup.interruptBuffer));
for (const [path, source] of Object.entries(setup.harnessFiles)) {
  pyodide.FS.mkdirTree(`/stepwise-harness/${path.split("/").slice(0, -1).join("/")}`);
  pyodide.FS.writeFile(`/stepwise-harness/${path}`, source);
}
pyodide.runPython('import sys\nsys.path.insert(0, "/stepwise-harness")\nfrom stepwise.host import run_json');
const run = pyodide.globals.get("run_json") as (job: string, seed: number, token: string) => string;
post({ type: "ready", loadMs: Math.round(performance.now() - started) });

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
