import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Where the pool keeps the interpreter snapshot: in memory, and optionally on disk for the next process. */
export interface SnapshotStore {
  current(): Uint8Array | null;
  save(bytes: Uint8Array): void;
  /** Forgets a snapshot that failed to restore (another Pyodide build, a damaged file). */
  discard(): void;
}

function pyodideVersion(): string {
  const pkg = createRequire(import.meta.url)("pyodide/package.json") as { version: string };
  return pkg.version;
}

/**
 * A snapshot holds the harness as it was imported, so its file name carries a hash of the
 * Pyodide version and the harness sources: change either and the old snapshot is not used.
 */
export function createSnapshotStore(harnessFiles: Record<string, string>, cacheDir: string | undefined): SnapshotStore {
  const hash = createHash("sha256").update(pyodideVersion());
  for (const [path, source] of Object.entries(harnessFiles).sort()) hash.update(path).update(source);
  const file = cacheDir ? join(cacheDir, `pyodide-${hash.digest("hex").slice(0, 16)}.snapshot`) : undefined;
  let bytes: Uint8Array | null = null;
  if (file) {
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch {
      bytes = null; // no snapshot yet: the first worker makes one
    }
  }
  return {
    current: () => bytes,
    save(next) {
      bytes = next;
      if (!file || !cacheDir) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, next);
        renameSync(temporary, file); // atomic: a concurrent reader never sees half a file
      } catch {
        // A read-only cache only costs start-up time.
      }
    },
    discard() {
      bytes = null;
      if (file) rmSync(file, { force: true });
    },
  };
}
