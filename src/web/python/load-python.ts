/// <reference lib="webworker" />
import type { PyodideAPI, loadPyodide } from "pyodide";
import { watchDownloads } from "./download-progress.js";
import { openSnapshotStore, snapshotKey, type SnapshotStore } from "./snapshot-store.js";

interface PyodideModule {
  readonly loadPyodide: typeof loadPyodide;
  readonly version: string;
}

export interface LoadPythonOptions {
  readonly pyodideUrl: string;
  readonly packagesUrl: string;
  readonly harnessUrl: string;
  readonly harnessFiles: readonly string[];
  readonly onProgress: (percent: number, label: string) => void;
}

export interface LoadedPython {
  readonly pyodide: PyodideAPI;
  /** Whether the interpreter was restored from the snapshot a previous visit left. */
  readonly fromSnapshot: boolean;
}

type HarnessSources = readonly (readonly [string, string])[];

const HARNESS_DIR = "/stepwise-harness";
/** Downloads fill the bar up to here; starting the interpreter takes the rest. */
const DOWNLOAD_PERCENT = 90;

async function fetchHarness(harnessUrl: string, names: readonly string[]): Promise<HarnessSources> {
  return Promise.all(
    names.map(async (name) => {
      const response = await fetch(`${harnessUrl}${name}`);
      if (!response.ok) throw new Error(`the grading harness file ${name} answered ${response.status}`);
      return [name, await response.text()] as const;
    }),
  );
}

function writeHarness(pyodide: PyodideAPI, harness: HarnessSources): void {
  pyodide.FS.mkdirTree(`${HARNESS_DIR}/stepwise`);
  for (const [name, source] of harness) pyodide.FS.writeFile(`${HARNESS_DIR}/stepwise/${name}`, source);
}

/**
 * Restores the snapshot when there is one that fits; null when it does not restore (another
 * Pyodide build, a damaged entry), after forgetting it so that the fresh load makes a good one.
 */
async function restore(
  module: PyodideModule,
  base: Parameters<typeof loadPyodide>[0],
  store: SnapshotStore,
  snapshot: Uint8Array,
  harness: HarnessSources,
): Promise<PyodideAPI | null> {
  try {
    const pyodide = await module.loadPyodide({ ...base, _loadSnapshot: snapshot });
    // The snapshot holds the interpreter's memory with the harness modules imported, not their
    // files: write them again, so that modules a learner imports later are found too.
    writeHarness(pyodide, harness);
    pyodide.runPython("import importlib\nimportlib.invalidate_caches()");
    return pyodide;
  } catch {
    await store.discard().catch(() => undefined);
    return null;
  }
}

/**
 * Made right after the harness is imported, before any learner code runs, so every restore starts
 * from the same clean state. A snapshot only saves time on the next visit: failing to make or keep
 * one must not fail this one.
 */
function saveSnapshot(pyodide: PyodideAPI, store: SnapshotStore, key: string): void {
  try {
    store.save(key, pyodide.makeMemorySnapshot()).catch(() => undefined);
  } catch {
    // Python works; the next visit starts from scratch again.
  }
}

/**
 * Loads Pyodide from Stepwise (every file fetched once, from the HTTP cache on later visits) with
 * the grading harness imported: from the browser's memory snapshot when a previous visit left one
 * for this Pyodide and harness, else from scratch, leaving a snapshot for the next visit.
 */
export async function loadPython(options: LoadPythonOptions): Promise<LoadedPython> {
  const scope = self as unknown as WorkerGlobalScope;
  options.onProgress(0, "Downloading Python");
  // Without a snapshot store (no IndexedDB, no SubtleCrypto) Python loads as it always did.
  const store = openSnapshotStore();
  // Read while Pyodide's module and the harness arrive; whether it fits is known after.
  const stored = store ? store.read().catch(() => null) : Promise.resolve(null);
  const [module, harness] = await Promise.all([
    import(/* @vite-ignore */ `${options.pyodideUrl}pyodide.mjs`) as Promise<PyodideModule>,
    fetchHarness(options.harnessUrl, options.harnessFiles),
  ]);
  const key = store ? await snapshotKey(module.version, harness) : null;
  const previous = await stored;
  const snapshot = key !== null && previous?.key === key ? previous.bytes : null;
  let started = false;
  const stopWatching = watchDownloads(
    scope,
    [`${options.pyodideUrl}pyodide.asm.wasm`, `${options.pyodideUrl}python_stdlib.zip`],
    (loaded, total) => {
      if (started || total === 0) return;
      if (loaded < total) return options.onProgress(Math.round((loaded / total) * DOWNLOAD_PERCENT), "Downloading Python");
      started = true;
      options.onProgress(DOWNLOAD_PERCENT + 2, snapshot ? "Starting Python" : "Starting Python (a few seconds)");
    },
  );
  const base = {
    indexURL: options.pyodideUrl,
    packageBaseUrl: options.packagesUrl,
    stdout: () => undefined,
    stderr: () => undefined,
  };
  try {
    const restored = store && snapshot ? await restore(module, base, store, snapshot, harness) : null;
    if (restored) return { pyodide: restored, fromSnapshot: true };
    const pyodide = await module.loadPyodide({ ...base, ...(store && key ? { _makeSnapshot: true } : {}) });
    writeHarness(pyodide, harness);
    pyodide.runPython(`import sys\nsys.path.insert(0, "${HARNESS_DIR}")\nfrom stepwise.host import run_json`);
    if (store && key) saveSnapshot(pyodide, store, key);
    return { pyodide, fromSnapshot: false };
  } finally {
    stopWatching();
  }
}
