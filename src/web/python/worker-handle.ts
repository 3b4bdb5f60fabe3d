import type { FromPythonWorker, ToPythonWorker } from "./worker-messages.js";

/** A started Python worker, and the shared memory through which Stop interrupts it. */
export interface PythonWorkerHandle {
  readonly worker: Worker;
  /** Writing 2 raises KeyboardInterrupt in Python; null without cross-origin isolation. */
  readonly interrupt: Int32Array | null;
  /** Takes over the worker's messages and errors; those that came before are handed over first, in order. */
  listen(onMessage: (message: FromPythonWorker) => void, onError: (event: ErrorEvent) => void): void;
}

/** Starts a worker loading Python; it asks the server where Python is itself. */
function startPythonWorker(): PythonWorkerHandle {
  const shared = typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : null;
  const worker = new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module", name: "stepwise-python" });
  // Held until someone listens: a message nobody listens for is lost, and "ready" must not be.
  const held: ({ readonly message: FromPythonWorker } | { readonly error: ErrorEvent })[] = [];
  worker.onmessage = (event: MessageEvent<FromPythonWorker>) => held.push({ message: event.data });
  worker.onerror = (event) => {
    event.preventDefault();
    held.push({ error: event });
  };
  const init: ToPythonWorker = { type: "init", interruptBuffer: shared };
  worker.postMessage(init);
  return {
    worker,
    interrupt: shared ? new Int32Array(shared) : null,
    listen(onMessage, onError) {
      worker.onmessage = (event: MessageEvent<FromPythonWorker>) => onMessage(event.data);
      worker.onerror = onError;
      for (const item of held.splice(0)) {
        if ("message" in item) onMessage(item.message);
        else onError(item.error);
      }
    },
  };
}

/** The worker started early, until the page's Python takes it; "taken" once it has (it then starts its own). */
let early: PythonWorkerHandle | "taken" | null = null;

/**
 * Starts Python before the page's own code has even been requested: on a second visit the
 * worker's start was most of what kept Python from being ready within a second. Kept here, tiny
 * and free of dependencies, so that the entry script can afford it. Does nothing once the page's
 * Python has started.
 */
export function startPythonEarly(): void {
  early ??= startPythonWorker();
}

/**
 * Stops the worker started early if the page has not taken it: it was started on a guess (a topic
 * that started Python last time) that the topic's answers did not bear out.
 */
export function stopEarlyPython(): void {
  if (early === null || early === "taken") return;
  early.worker.terminate();
  early = null;
}

/** The worker started early, if there is one, else a new one. */
export function takePythonWorker(): PythonWorkerHandle {
  const handle = early !== null && early !== "taken" ? early : startPythonWorker();
  early = "taken";
  return handle;
}
