/// <reference lib="webworker" />
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";

/**
 * Follows how many bytes of the given files have arrived while Pyodide downloads them itself.
 * Pyodide fetches its wasm and standard library with the worker's global `fetch` and offers no
 * progress hook; a download of our own beforehand (with progress) made the browser request each
 * file twice. So, while loading, `fetch` is wrapped: each watched response is cloned and the clone
 * counted, and Pyodide still streams the original (compiling the wasm as it arrives).
 * Returns the function that puts the global `fetch` back.
 */
export function watchDownloads(
  scope: WorkerGlobalScope,
  urls: readonly string[],
  onProgress: (loaded: number, total: number) => void,
): () => void {
  const original = scope.fetch;
  const watched = new Set(urls.map((url) => new URL(url, scope.location.href).href));
  const totals = new Map<string, number>();
  const loaded = new Map<string, number>();
  const report = () => {
    // Only once every watched file has answered is the total known.
    if (totals.size < watched.size) return;
    const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((total, bytes) => total + bytes, 0);
    onProgress(sum(loaded), sum(totals));
  };
  const count = async (url: string, response: Response) => {
    const reader = response.body?.getReader();
    if (!reader) return;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      loaded.set(url, (loaded.get(url) ?? 0) + chunk.value.byteLength);
      report();
    }
  };
  scope.fetch = async (input, init) => {
    const response = await original.call(scope, input, init);
    if (!response.ok || !watched.has(response.url)) return response;
    totals.set(response.url, Number(response.headers.get(UNCOMPRESSED_LENGTH_HEADER) ?? 0));
    // Counting is only for the progress bar: a failure here must not fail the load.
    count(response.url, response.clone()).catch(() => undefined);
    return response;
  };
  return () => {
    scope.fetch = original;
  };
}
