import { createStore, delMany, get, setMany, type UseStore } from "idb-keyval";
import type { BrowserPythonSettings } from "../../shared/api/index.js";
import { SNAPSHOT_DB } from "../../shared/python/browser-loading.js";
import { packSnapshot, unpackSnapshot } from "./snapshot-pages.js";

/**
 * Where the browser keeps one memory snapshot of Python with the grading harness imported, so that
 * a second visit restores it instead of starting Python (3–6 s).
 * IndexedDB rather than the Cache API: it needs no secure context. A snapshot is tied to the exact
 * Pyodide build and holds the harness as it was imported, so it is kept with a key naming both: a
 * new version of either is never restored from an old snapshot, and saving overwrites it. The key
 * is a separate small entry, so it is known long before the bytes have been read, and Pyodide
 * can start fetching its own files while they are.
 */
export interface SnapshotStore {
  /** The key of the stored snapshot, or null when there is none. */
  readKey(): Promise<string | null>;
  /** The stored snapshot, or null when there is none or it is damaged. */
  readBytes(): Promise<Uint8Array | null>;
  /** Keeps both in one transaction: never a key beside another snapshot's bytes. */
  save(key: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a snapshot that would not restore. */
  discard(): Promise<void>;
}

/** The Pyodide version and the harness bundle's URL, which changes with any of its files. */
export const snapshotKey = (settings: Pick<BrowserPythonSettings, "pyodideVersion" | "harnessUrl">): string =>
  JSON.stringify([settings.pyodideVersion, settings.harnessUrl]);

/** The browser's snapshot store, or null without IndexedDB: Python then loads as usual. */
export function openSnapshotStore(): SnapshotStore | null {
  if (typeof indexedDB === "undefined") return null;
  const store: UseStore = createStore(SNAPSHOT_DB.name, SNAPSHOT_DB.store);
  return {
    async readKey() {
      const key: unknown = await get(SNAPSHOT_DB.keyEntry, store);
      return typeof key === "string" ? key : null;
    },
    async readBytes() {
      const blob: unknown = await get(SNAPSHOT_DB.entry, store);
      return blob instanceof Blob ? unpackSnapshot(await blob.arrayBuffer()) : null;
    },
    save: (key, bytes) =>
      setMany(
        [
          [SNAPSHOT_DB.keyEntry, key],
          // A Blob, not the bytes: the browser keeps it as a file and reads it off the worker's
          // thread (measured: 0.3 s against 0.5 s for 31 MB, with the thread free meanwhile).
          [SNAPSHOT_DB.entry, packSnapshot(bytes)],
        ],
        store,
      ),
    discard: () => delMany([SNAPSHOT_DB.keyEntry, SNAPSHOT_DB.entry], store),
  };
}
