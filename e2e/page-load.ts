import type { Page, Worker } from "playwright-core";
import { PYTHON_READY_MARK, type PythonReadyDetail } from "../src/shared/python/browser-loading.js";

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
  const fromWorkers = await Promise.all(page.workers().map((worker) => worker.evaluate(read, "worker" as const)));
  return [...(await page.evaluate(read, "page" as const)), ...fromWorkers.flat()];
}

export interface PythonReady {
  /** Milliseconds from the start of the page's navigation to Python being ready. */
  readonly atMs: number;
  /** Milliseconds from the worker's creation to Python being ready: Python's own start. */
  readonly workerMs: number;
  readonly fromSnapshot: boolean;
}

interface ReadyMark {
  readonly origin: number;
  readonly startTime: number;
  readonly detail: PythonReadyDetail;
}

async function readyMark(worker: Worker): Promise<ReadyMark | null> {
  return worker.evaluate((name) => {
    const mark = performance.getEntriesByName(name, "mark")[0] as PerformanceMark | undefined;
    return mark ? { origin: performance.timeOrigin, startTime: mark.startTime, detail: mark.detail as PythonReadyDetail } : null;
  }, PYTHON_READY_MARK);
}

/** Waits until the page's Python worker says Python is ready (the worker sets a User Timing mark). */
export async function waitForPythonReady(page: Page, timeoutMs = 90_000): Promise<PythonReady> {
  const deadline = Date.now() + timeoutMs;
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  for (;;) {
    for (const worker of page.workers()) {
      const mark = await readyMark(worker);
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
