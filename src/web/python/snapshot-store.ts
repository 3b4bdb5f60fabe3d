import { createStore, del, get, set, type UseStore } from "idb-keyval";
import { SNAPSHOT_DB } from "../../shared/python/browser-loading.js";

/**
 * Where the browser keeps one memory snapshot of Python with the grading harness imported, so that
 * a second visit restores it (about half a second) instead of starting Python (3–6 s).
 * IndexedDB rather than the Cache API: it needs no secure context. A snapshot is tied to the exact
 * Pyodide build and holds the harness as it was imported, so it is stored under a key made of
 * both: a new version of either is never restored from an old snapshot, and saving overwrites it.
 */
export interface SnapshotStore {
  /** The snapshot and the key it was saved under (compare it), or null when there is none. */
  read(): Promise<StoredSnapshot | null>;
  save(key: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a snapshot that would not restore. */
  discard(): Promise<void>;
}

export interface StoredSnapshot {
  readonly key: string;
  readonly bytes: Uint8Array;
}

function isStoredSnapshot(value: unknown): value is StoredSnapshot {
  return (
    typeof value === "object" &&
    value !== null &&
    "key" in value &&
    typeof value.key === "string" &&
    "bytes" in value &&
    value.bytes instanceof Uint8Array
  );
}

/**
 * A hex SHA-256 of the Pyodide version and every harness file (name and source); null where the
 * browser offers no SubtleCrypto (a page served over plain HTTP from another machine).
 */
export async function snapshotKey(
  pyodideVersion: string,
  harness: readonly (readonly [string, string])[],
): Promise<string | null> {
  if (typeof crypto.subtle === "undefined") return null;
  const text = JSON.stringify([pyodideVersion, [...harness].sort(([a], [b]) => a.localeCompare(b))]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The browser's snapshot store, or null without IndexedDB: Python then loads as usual. */
export function openSnapshotStore(): SnapshotStore | null {
  if (typeof indexedDB === "undefined") return null;
  const store: UseStore = createStore(SNAPSHOT_DB.name, SNAPSHOT_DB.store);
  return {
    async read() {
      const stored: unknown = await get(SNAPSHOT_DB.entry, store);
      return isStoredSnapshot(stored) ? stored : null;
    },
    save: (key, bytes) => set(SNAPSHOT_DB.entry, { key, bytes } satisfies StoredSnapshot, store),
    discard: () => del(SNAPSHOT_DB.entry, store),
  };
}
