import type { Page, Worker } from "playwright-core";
import {
  CODE_CACHE_PRIMED_MARK,
  PYTHON_READY_MARK,
  SNAPSHOT_DB,
  type PythonReadyDetail,
} from "../src/shared/python/browser-loading.js";

/** One file a page or its Python worker loaded, as the browser's Resource Timing saw it. */
export interface LoadedFile {
  /** The path and query, without the origin. */
  readonly path: string;
  readonly from: "page" | "worker";
  /** Bytes that came over the network, headers included; 0 when the HTTP cache answered. */
  readonly transferSize: number;
  /** The body as sent, compressed where it was. */
  readonly encodedBodySize: number;
  readonly decodedBodySize: number;
}

/** What the page (its document included) and its workers have loaded so far. */
export async function loadedFiles(page: Page): Promise<LoadedFile[]> {
  // Runs in the browser, so it takes `from` as an argument rather than closing over it.
  const read = (from: LoadedFile["from"]): LoadedFile[] =>
    performance
      .getEntriesByType("navigation")
      .concat(performance.getEntriesByType("resource"))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        const url = new URL(timing.name);
        return {
          path: url.pathname + url.search,
          from,
          transferSize: timing.transferSize,
          encodedBodySize: timing.encodedBodySize,
          decodedBodySize: timing.decodedBodySize,
        };
      });
  // Not the code-cache primer's: it imports the Python worker's modules again, from the HTTP cache,
  // to have them compiled for the next visit (prime-code-cache.ts), and lives a moment only.
  const workers = page.workers().filter((worker) => !worker.url().includes("code-cache-primer"));
  const fromWorkers = await Promise.all(workers.map((worker) => worker.evaluate(read, "worker" as const)));
  return [...(await page.evaluate(read, "page" as const)), ...fromWorkers.flat()];
}

export interface PythonReady {
  /** Milliseconds from the start of the page's navigation to Python being ready. */
  readonly atMs: number;
  /** Milliseconds from the worker's creation to Python being ready: Python's own start. */
  readonly workerMs: number;
  readonly fromSnapshot: boolean;
}

interface WorkerMark<Detail> {
  readonly origin: number;
  readonly startTime: number;
  readonly detail: Detail;
}

/** The worker's User Timing mark `name`, if it has one; null too for a worker gone meanwhile (the code-cache primer lives a moment only). */
async function workerMark<Detail>(worker: Worker, name: string): Promise<WorkerMark<Detail> | null> {
  return worker
    .evaluate((markName) => {
      const mark = performance.getEntriesByName(markName, "mark")[0] as PerformanceMark | undefined;
      return mark ? { origin: performance.timeOrigin, startTime: mark.startTime, detail: mark.detail as Detail } : null;
    }, name)
    .catch(() => null);
}

/** Waits until the page's Python worker says Python is ready (the worker sets a User Timing mark). */
export async function waitForPythonReady(page: Page, timeoutMs = 90_000): Promise<PythonReady> {
  const deadline = Date.now() + timeoutMs;
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  for (;;) {
    for (const worker of page.workers()) {
      const mark = await workerMark<PythonReadyDetail>(worker, PYTHON_READY_MARK);
      if (mark)
        return {
          atMs: mark.origin + mark.startTime - pageOrigin,
          workerMs: mark.startTime,
          fromSnapshot: mark.detail.fromSnapshot,
        };
    }
    if (Date.now() > deadline) throw new Error(`Python was not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The requests for one path that the page and its workers made (each counted, cached or not). */
export function countRequests(page: Page, pathEnd: string): { readonly count: () => number } {
  let count = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(pathEnd)) count += 1;
  });
  return { count: () => count };
}

/** Whether the Python worker has had Pyodide's modules compiled for the next visit. */
const codeCachePrimed = async (page: Page): Promise<boolean> => {
  const marks = await Promise.all(page.workers().map((worker) => workerMark(worker, CODE_CACHE_PRIMED_MARK)));
  return marks.some((mark) => mark !== null);
};

/**
 * Waits until a first load has prepared the next visit in the background, after Python is ready:
 * the browser holds a Python snapshot, and Pyodide's modules have been compiled for the next visit
 * (prime-code-cache.ts). A visit closed sooner would lose them; a learner reading the page would not.
 */
export async function waitForNextVisitPrepared(page: Page, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    (await page.evaluate(inspectSnapshot, { where: SNAPSHOT_DB, damage: false })) < 1_000_000 ||
    !(await codeCachePrimed(page))
  ) {
    if (Date.now() > deadline)
      throw new Error(
        `no Python snapshot was saved, or Pyodide's modules were not compiled for the next visit, within ${timeoutMs} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Turns the stored snapshot into noise (its key left as it is); returns its size, 0 when there is none. */
export const damageSnapshot = (page: Page): Promise<number> =>
  page.evaluate(inspectSnapshot, { where: SNAPSHOT_DB, damage: true });

/**
 * Runs in the page, so it is self-contained: the stored snapshot's size in bytes as kept (0 when
 * there is none), after turning what it holds into noise (its key left as it is) when `damage` is set.
 */
async function inspectSnapshot({ where, damage }: { where: typeof SNAPSHOT_DB; damage: boolean }): Promise<number> {
  const opening = indexedDB.open(where.name);
  // Asked before the worker made the database: make it as idb-keyval would.
  opening.onupgradeneeded = () => opening.result.createObjectStore(where.store);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error("IndexedDB did not open"));
  });
  try {
    // No named helper functions in here: tsx (the benchmark's runner) would wrap them in a
    // `__name` call, which does not exist in the page.
    const reading = db.transaction(where.store).objectStore(where.store).get(where.entry);
    const packed = await new Promise<Blob | undefined>((resolve, reject) => {
      reading.onsuccess = () => resolve(reading.result as Blob | undefined);
      reading.onerror = () => reject(reading.error ?? new Error("IndexedDB refused"));
    });
    if (packed && damage) {
      // The header (20 bytes and 4 per page kept) stays, so the snapshot still unpacks and the
      // interpreter is handed memory that is not Python's; the checks after restoring must notice.
      const header = 20 + new DataView(await packed.slice(0, 20).arrayBuffer()).getUint32(16, true) * 4;
      const noise = new Uint8Array(packed.size - header).fill(7);
      const writing = db.transaction(where.store, "readwrite");
      writing.objectStore(where.store).put(new Blob([packed.slice(0, header), noise]), where.entry);
      // Committed before the test navigates away, which would abort a transaction still open.
      await new Promise<void>((resolve, reject) => {
        writing.oncomplete = () => resolve();
        writing.onabort = writing.onerror = () => reject(writing.error ?? new Error("the damage was not written"));
      });
    }
    return packed?.size ?? 0;
  } finally {
    db.close();
  }
}

/** What V8 did with one script it compiled: how many bytes of its code cache it used (0: compiled afresh). */
export interface ScriptCompile {
  readonly url: string;
  readonly consumedCacheBytes: number;
}

interface TraceEvent {
  readonly name: string;
  readonly args?: { readonly data?: { readonly url?: string; readonly consumedCacheSize?: number } };
}

/**
 * Records, through a Chromium trace, every script the page and its workers compile from now on;
 * call before navigating. `stop` ends the trace and lists them. Whether a script came from V8's
 * code cache shows nowhere else.
 */
export async function recordScriptCompiles(page: Page): Promise<{ stop: () => Promise<ScriptCompile[]> }> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send("Tracing.start", { traceConfig: { includedCategories: ["v8"] }, transferMode: "ReportEvents" });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once("Tracing.tracingComplete", () => resolve()));
      await session.send("Tracing.end");
      await complete;
      await session.detach();
      return events
        .filter((event) => event.name === "v8.compileModule" || event.name === "v8.compile")
        .flatMap((event) => {
          const data = event.args?.data;
          return data?.url ? [{ url: data.url, consumedCacheBytes: data.consumedCacheSize ?? 0 }] : [];
        });
    },
  };
}
