/// <reference lib="webworker" />
import type { PyodideAPI, loadPyodide } from "pyodide";
import type { BrowserPythonSettings } from "../../shared/api/index.js";
import { BROWSER_PYTHON_SETTINGS_PATH } from "../../shared/python/browser-loading.js";
import { watchDownloads } from "./download-progress.js";
import { primeCodeCache } from "./prime-code-cache.js";
import { openSnapshotStore, snapshotKey, type SnapshotStore } from "./snapshot-store.js";

interface PyodideModule {
  readonly loadPyodide: typeof loadPyodide;
}

export interface LoadedPython {
  readonly pyodide: PyodideAPI;
  /** Whether the interpreter was restored from the snapshot a previous visit left. */
  readonly fromSnapshot: boolean;
  readonly settings: BrowserPythonSettings;
}

type HarnessSources = readonly (readonly [string, string])[];

const HARNESS_DIR = "/stepwise-harness";
/** Downloads fill the bar up to here; starting the interpreter takes the rest. */
const DOWNLOAD_PERCENT = 90;

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} answered ${response.status}`);
  return response.json();
}

async function fetchSettings(): Promise<BrowserPythonSettings> {
  const settings = await fetchJson(BROWSER_PYTHON_SETTINGS_PATH, "Stepwise's Python settings");
  const fields = ["pyodideVersion", "pyodideUrl", "packagesUrl", "harnessUrl"] as const;
  if (
    typeof settings !== "object" ||
    settings === null ||
    fields.some((field) => typeof (settings as Record<string, unknown>)[field] !== "string")
  )
    throw new Error(
      `${BROWSER_PYTHON_SETTINGS_PATH} did not describe where Python is (is this a Stepwise server of the same version?)`,
    );
  return settings as BrowserPythonSettings;
}

async function fetchHarness(harnessUrl: string): Promise<HarnessSources> {
  const bundle = await fetchJson(harnessUrl, "the grading harness");
  const files = typeof bundle === "object" && bundle !== null && "files" in bundle ? bundle.files : null;
  if (typeof files !== "object" || files === null) throw new Error("the grading harness arrived damaged");
  return Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}
function writeHarness(pyodide: PyodideAPI, harness: HarnessSources): void {
  pyodide.FS.mkdirTree(`${HARNESS_DIR}/stepwise`);
  for (const [name, source] of harness) pyodide.FS.writeFile(`${HARNESS_DIR}/stepwise/${name}`, source);
}

/**
 * Restores the snapshot whose key fits; null when it does not restore (another Pyodide build, a
 * damaged or missing entry), after forgetting it so that the fresh load makes a good one.
 * The bytes may still be on their way from IndexedDB: Pyodide fetches and compiles its own files
 * meanwhile and waits for them only to restore.
 */
async function restore(
  module: PyodideModule,
  base: Parameters<typeof loadPyodide>[0],
  store: SnapshotStore,
  snapshot: Promise<Uint8Array>,
  harness: Promise<HarnessSources>,
): Promise<PyodideAPI | null> {
  try {
    const pyodide = await module.loadPyodide({ ...base, _loadSnapshot: snapshot });
    // The snapshot holds the interpreter's memory with the harness modules imported, not their
    // files: write them again, so that modules a learner imports later are found too.
    writeHarness(pyodide, await harness);
    // Altered bytes can restore without complaint and leave a broken interpreter: ask it something.
    const answer: unknown = pyodide.runPython(
      "from stepwise.host import forget_file_listings\nforget_file_listings()\nrun_json.__name__",
    );
    if (answer !== "run_json") throw new Error("the restored interpreter does not know the harness");
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
async function saveSnapshot(pyodide: PyodideAPI, store: SnapshotStore, key: string): Promise<void> {
  try {
    await store.save(key, pyodide.makeMemorySnapshot());
  } catch {
    // Python works; the next visit starts from scratch again.
  }
}

/**
 * After a load from scratch, in the background: the snapshot, then Pyodide's modules compiled for
 * the next visit (one after the other, so as not to take both cores from this visit at once).
 */
async function prepareNextVisit(
  pyodide: PyodideAPI,
  store: SnapshotStore | null,
  settings: BrowserPythonSettings,
): Promise<void> {
  if (store) await saveSnapshot(pyodide, store, snapshotKey(settings));
  await primeCodeCache([`${settings.pyodideUrl}pyodide.asm.mjs`, `${settings.pyodideUrl}pyodide.mjs`]);
}

/**
 * Loads Pyodide from Stepwise (every file fetched once, from the HTTP cache on later visits) with
 * the grading harness imported: from the browser's memory snapshot when a previous visit left one
 * for this Pyodide and harness, else from scratch, leaving a snapshot for the next visit.
 */
export async function loadPython(onProgress: (percent: number, label: string) => void): Promise<LoadedPython> {
  const scope = self as unknown as WorkerGlobalScope;
  onProgress(0, "Downloading Python");
  // Without a snapshot store (no IndexedDB) Python loads as it always did.
  const store = openSnapshotStore();
  // Asked first: reading the snapshot's tens of MB is the longest wait of a second visit, and
  // everything below happens meanwhile.
  const storedKey = store ? store.readKey().catch(() => null) : Promise.resolve(null);
  const storedBytes = store ? store.readBytes().catch(() => null) : Promise.resolve(null);
  const settings = await fetchSettings();
  const harness = fetchHarness(settings.harnessUrl);
  // Awaited only after Pyodide has started; until then a failure must not go unhandled.
  harness.catch(() => undefined);
  const key = snapshotKey(settings);
  // Pyodide imports its 1.2 MB Emscripten module only once loadPyodide has begun; asked for now,
  // it is fetched and compiled while the snapshot is read, and Pyodide's import finds it done.
  import(/* @vite-ignore */ `${settings.pyodideUrl}pyodide.asm.mjs`).catch(() => undefined);
  const [module, snapshotFits] = await Promise.all([
    import(/* @vite-ignore */ `${settings.pyodideUrl}pyodide.mjs`) as Promise<PyodideModule>,
    storedKey.then((stored) => stored === key),
  ]);
  let started = false;
  const stopWatching = watchDownloads(
    scope,
    [`${settings.pyodideUrl}pyodide.asm.wasm`, `${settings.pyodideUrl}python_stdlib.zip`],
    (loaded, total) => {
      if (started || total === 0) return;
      if (loaded < total) return onProgress(Math.round((loaded / total) * DOWNLOAD_PERCENT), "Downloading Python");
      started = true;
      onProgress(DOWNLOAD_PERCENT + 2, snapshotFits ? "Starting Python" : "Starting Python (a few seconds)");
    },
  );
  const base = {
    indexURL: settings.pyodideUrl,
    packageBaseUrl: settings.packagesUrl,
    stdout: () => undefined,
    stderr: () => undefined,
  };
  try {
    if (store && snapshotFits) {
      const snapshot = storedBytes.then((bytes) => bytes ?? Promise.reject(new Error("the snapshot's bytes are gone")));
      const restored = await restore(module, base, store, snapshot, harness);
      if (restored) return { pyodide: restored, fromSnapshot: true, settings };
    }
    const pyodide = await module.loadPyodide({ ...base, ...(store ? { _makeSnapshot: true } : {}) });
    writeHarness(pyodide, await harness);
    pyodide.runPython(`import sys\nsys.path.insert(0, "${HARNESS_DIR}")\nfrom stepwise.host import run_json`);
    // Only the next visit is at stake: a failure there (the primer refused, say) must not fail this one.
    prepareNextVisit(pyodide, store, settings).catch(() => undefined);
    return { pyodide, fromSnapshot: false, settings };
  } finally {
    stopWatching();
  }
}
