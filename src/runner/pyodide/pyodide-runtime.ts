import { randomBytes, randomInt } from "node:crypto";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";
import { harnessFiles } from "../harness-files.js";
import { parseHarnessReply } from "../../shared/grading/harness-reply.js";
import { refuseOversizedSource } from "../source-limit.js";
import { runError, timeLimitMessage, type GradingResult } from "../../shared/grading/result.js";
import { dataFilesProblem, type GradingJob } from "../../shared/grading/grading-job.js";
import type { PythonRuntime } from "../python-runtime.js";
import { createSnapshotStore, type SnapshotStore } from "./snapshot-store.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-protocol.js";

const PYODIDE_DIR = `${dirname(createRequire(import.meta.url).resolve("pyodide/package.json"))}/`;

/** After interrupting, how long Python gets to unwind before its worker is terminated. */
const INTERRUPT_GRACE_MS = 600;
const SIGINT = 2;

export interface PyodideRuntimeOptions {
  /** How many interpreters to keep warm; each grades one job at a time. */
  readonly workers?: number;
  /**
   * Start workers from a memory snapshot of a loaded interpreter (default true): the first
   * worker loads Python from scratch and makes it; the rest, and replacements, restore it.
   */
  readonly snapshot?: boolean;
  /** Also keep the snapshot on disk here, so the next process starts fast too. */
  readonly snapshotCacheDir?: string;
}

/** How a worker's interpreter started. */
export interface WorkerStart {
  readonly loadMs: number;
  readonly fromSnapshot: boolean;
}

export interface PyodideRuntime extends PythonRuntime {
  /** Resolves when every worker has loaded Python (3–5 s from scratch, under 1 s from a snapshot); `run` waits for this itself. */
  warm(): Promise<WorkerStart[]>;
}

interface Slot {
  worker: Worker;
  makesSnapshot: boolean;
  interrupt: Int32Array;
  ready: Promise<WorkerStart>;
  onMessage: ((message: FromWorker) => void) | null;
}

function spawnSlot(
  files: Record<string, string>,
  snapshot: { bytes: Uint8Array | null; make: boolean; store: SnapshotStore | null },
  onCrash: (slot: Slot) => void,
): Slot {
  const buffer = new SharedArrayBuffer(4);
  const setup: WorkerSetup = {
    interruptBuffer: buffer,
    harnessFiles: files,
    indexURL: PYODIDE_DIR,
    snapshot: snapshot.bytes,
    makeSnapshot: snapshot.make,
  };
  const worker = new Worker(new URL("./pyodide-worker.mjs", import.meta.url), {
    workerData: setup,
    // Deep recursion in C code (json.loads of deeply nested data) needs a big stack, or it kills the interpreter.
    resourceLimits: { stackSizeMb: 64 },
  });
  let resolveReady!: (start: WorkerStart) => void;
  let rejectReady!: (error: Error) => void;
  const slot: Slot = {
    worker,
    makesSnapshot: snapshot.make,
    interrupt: new Int32Array(buffer),
    ready: new Promise<WorkerStart>((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
    onMessage: null,
  };
  slot.ready.catch(() => undefined);
  worker.on("message", (message: FromWorker) => {
    if (message.type === "snapshot") snapshot.store?.save(message.bytes);
    else if (message.type === "ready") {
      // A failed snapshot was replaced by the fresh one the worker just sent; forget it only if none came.
      if (message.snapshotFailed && snapshot.store?.current() === snapshot.bytes) snapshot.store?.discard();
      resolveReady({ loadMs: message.loadMs, fromSnapshot: message.fromSnapshot });
    } else slot.onMessage?.(message);
  });
  worker.on("error", (thrown) => {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    rejectReady(error);
    slot.onMessage?.({ type: "fatal", id: null, message: error.message });
  });
  worker.on("exit", () => onCrash(slot));
  return slot;
}

function fatalMessage(detail: string): string {
  if (/exit\(/.test(detail)) {
    return "Your code ended the Python interpreter (os._exit or similar) before the tests could report results. Python was restarted; remove that call and run again.";
  }
  return `Python crashed (${detail}). It was restarted; run again, and if it crashes again look for very deep recursion or huge data.`;
}

/**
 * Pyodide in `worker_threads`: a pool of warm interpreters. Each run gets a fresh module
 * namespace and a fresh random seed; at the time limit Python is interrupted, and a worker that
 * does not stop, or whose interpreter dies, is terminated and replaced.
 */
export function createPyodideRuntime(options: PyodideRuntimeOptions = {}): PyodideRuntime {
  const files = harnessFiles();
  const size = Math.max(1, options.workers ?? 1);
  const store = options.snapshot === false ? null : createSnapshotStore(files, options.snapshotCacheDir);
  let snapshotPending = false;
  const idle: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  const all = new Set<Slot>();
  let closed = false;

  const release = (slot: Slot) => {
    if (!all.has(slot)) return;
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const add = () => {
    const bytes = store?.current() ?? null;
    // Only one worker makes the snapshot; the others load plainly meanwhile.
    const make = store !== null && bytes === null && !snapshotPending;
    if (make) snapshotPending = true;
    const slot = spawnSlot(files, { bytes, make, store }, (dead) => replace(dead));
    all.add(slot);
    return slot;
  };
  const replace = (dead: Slot) => {
    if (!all.delete(dead) || closed) return;
    if (dead.makesSnapshot && !store?.current()) snapshotPending = false; // let the replacement make it
    const index = idle.indexOf(dead);
    if (index >= 0) idle.splice(index, 1);
    void dead.worker.terminate();
    release(add());
  };
  for (let i = 0; i < size; i += 1) idle.push(add());

  const acquire = () =>
    new Promise<Slot>((resolve) => {
      const slot = idle.shift();
      if (slot) resolve(slot);
      else waiting.push(resolve);
    });

  let nextId = 1;
  return {
    name: "pyodide",
    warm: () => Promise.all([...all].map((slot) => slot.ready)),
    async run(job: GradingJob): Promise<GradingResult> {
      if (closed) throw new Error("the pyodide runtime is closed");
      const refused = refuseOversizedSource(job.learnerSource, "pyodide");
      if (refused) return refused;
      const badFiles = dataFilesProblem(job);
      if (badFiles) return runError("pyodide", badFiles, 0);
      const slot = await acquire();
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        await slot.ready;
      } catch (error) {
        replace(slot);
        return runError("pyodide", `Python could not be loaded: ${(error as Error).message}`, elapsed());
      }
      const id = nextId++;
      const token = randomBytes(16).toString("hex");
      Atomics.store(slot.interrupt, 0, 0);
      return new Promise<GradingResult>((resolve) => {
        let timedOut = false;
        const done = (result: GradingResult, healthy: boolean) => {
          clearTimeout(interruptTimer);
          clearTimeout(killTimer);
          slot.onMessage = null;
          resolve(result);
          if (healthy) release(slot);
          else replace(slot);
        };
        const interruptTimer = setTimeout(() => {
          timedOut = true;
          Atomics.store(slot.interrupt, 0, SIGINT);
        }, job.timeLimitMs);
        // Python stuck in C code never sees the interrupt: terminate the worker instead.
        const killTimer = setTimeout(
          () => done(runError("pyodide", timeLimitMessage(job.timeLimitMs), elapsed()), false),
          job.timeLimitMs + INTERRUPT_GRACE_MS,
        );
        slot.onMessage = (message) => {
          if (message.type === "fatal") return done(runError("pyodide", fatalMessage(message.message), elapsed()), false);
          if (message.type !== "reply" || message.id !== id) return;
          const parsed = parseHarnessReply(message.reply, token);
          if (!parsed)
            return done(
              runError("pyodide", "The test results did not arrive intact, so this run does not count. Run again.", elapsed()),
              false,
            );
          if (timedOut)
            return done(
              {
                ...parsed,
                status: "error",
                message: timeLimitMessage(job.timeLimitMs),
                durationMs: elapsed(),
                runtime: "pyodide",
              },
              true,
            );
          done({ ...parsed, durationMs: elapsed(), runtime: "pyodide" }, true);
        };
        const request: ToWorker = { type: "run", id, job, seed: randomInt(2 ** 31), token };
        slot.worker.postMessage(request);
      });
    },
    async close() {
      closed = true;
      const slots = [...all];
      all.clear();
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
