// What the browser's Python loader shares with the server that serves it and the tools that measure it.

/**
 * Response header with which Stepwise sends the size of a Pyodide file before compression: a
 * compressed response has no Content-Length, and the loader shows download progress in the bytes
 * it reads, which are the uncompressed ones.
 */
export const UNCOMPRESSED_LENGTH_HEADER = "x-uncompressed-length";

/**
 * The User Timing mark the Python worker sets once Python is ready (seen in DevTools and by the
 * load benchmark); its detail says whether Python was restored from the browser's snapshot.
 */
export const PYTHON_READY_MARK = "stepwise:python-ready";

/**
 * The User Timing mark the Python worker sets once a first visit has had Pyodide's modules compiled
 * for the next one (the load benchmark and tests wait for it, as for the snapshot).
 */
export const CODE_CACHE_PRIMED_MARK = "stepwise:python-code-cache-primed";

export interface PythonReadyDetail {
  readonly fromSnapshot: boolean;
}

/** What the browser's Python worker asks first: where Pyodide, the packages and the harness are. */
export const BROWSER_PYTHON_SETTINGS_PATH = "/api/python/browser";

/** Where in IndexedDB the browser keeps its Python snapshot (tests damage it, the benchmark deletes it). */
export const SNAPSHOT_DB = {
  name: "stepwise-python",
  store: "snapshots",
  /** The snapshot's bytes (tens of MB). */
  entry: "interpreter",
  /** What they were made from, kept apart so that it can be checked without reading them. */
  keyEntry: "interpreter-key",
} as const;

/**
 * The browser's localStorage entry listing the topics that started Python the last time they were
 * opened there (a JSON array of topic ids), so that the next visit starts Python at once.
 */
export const TOPICS_STARTING_PYTHON_KEY = "stepwise:topics-starting-python";
