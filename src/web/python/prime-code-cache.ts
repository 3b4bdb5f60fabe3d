/// <reference lib="webworker" />
import { CODE_CACHE_PRIMED_MARK } from "../../shared/python/browser-loading.js";

/**
 * Chromium keeps a script's compiled code (V8's code cache) only from the script's second load on:
 * the first load notes it, the second compiles it and keeps the code, the third uses it. Pyodide's
 * 1.2 MB Emscripten module took ~0.26 s of the worker's thread to compile on every second visit,
 * most of what kept Python from being ready within a second. So once a first visit has loaded
 * Python (and saved the snapshot), a short-lived worker imports Pyodide's modules a second time,
 * and the next visit finds them compiled. Importing them only defines their functions; nothing is
 * started. Other browsers keep compiled code by rules of their own; this costs them one import.
 *
 * Resolves once the primer has loaded them (or failed to; the next visit then compiles them, as
 * before) and has been stopped; sets {@link CODE_CACHE_PRIMED_MARK} in this worker when they loaded.
 */
export function primeCodeCache(moduleUrls: readonly string[]): Promise<void> {
  // A worker starting workers is older than module workers in Chromium and Firefox, not in every Safari.
  if (typeof Worker === "undefined") return Promise.resolve();
  const primer = new Worker(new URL("./code-cache-primer.worker.ts", import.meta.url), {
    type: "module",
    name: "stepwise-code-cache-primer",
  });
  return new Promise<void>((resolve) => {
    const stop = (loaded: boolean) => {
      // Chromium has handed the compiled code to the browser by the time the import has finished.
      primer.terminate();
      if (loaded) performance.mark(CODE_CACHE_PRIMED_MARK);
      resolve();
    };
    primer.onmessage = (event: MessageEvent<boolean>) => stop(event.data);
    primer.onerror = (event) => {
      event.preventDefault();
      stop(false);
    };
    primer.postMessage(moduleUrls);
  });
}
