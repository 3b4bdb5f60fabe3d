import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";

/** A model file written aside and checked before it is kept. */
export interface StagedModelFile {
  readonly sha256: string;
  readonly sizeBytes: number;
  /** A local path to the staged bytes, for onnxruntime to load while it checks them. */
  readonly path: string;
  /** Keeps the file under its digest; an identical file already kept is simply reused. */
  commit(): Promise<void>;
  /** Drops the staged file. */
  discard(): Promise<void>;
}

/**
 * Where model files live, addressed by their SHA-256. One interface, so that several app
 * instances can later share a store other than a local directory.
 */
export interface ModelFileStore {
  stage(bytes: Uint8Array): Promise<StagedModelFile>;
  read(sha256: string): Promise<Uint8Array>;
  /** Whether a file with this digest is kept. */
  has(sha256: string): boolean;
  remove(sha256: string): Promise<void>;
}

/** Staged files older than this were left by a crash and are removed when a store opens. */
const STALE_STAGING_MS = 60 * 60 * 1000;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A {@link ModelFileStore} in a directory (by default `STEPWISE_DATA_DIR/models`): files under
 * `files/ab/<sha256>.onnx`, uploads staged under `staging/` and moved into place by a rename, so a
 * crash mid-upload leaves no half-written model where a version could point.
 */
export function directoryModelFileStore(root: string): ModelFileStore {
  const staging = join(root, "staging");
  const files = join(root, "files");
  mkdirSync(staging, { recursive: true });
  mkdirSync(files, { recursive: true });
  for (const name of readdirSync(staging)) {
    const path = join(staging, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_STAGING_MS) void rm(path, { force: true });
    } catch {
      // Gone already.
    }
  }
  const finalPath = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
    return join(files, sha256.slice(0, 2), `${sha256}.onnx`);
  };

  return {
    async stage(bytes) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const path = join(staging, `${randomBytes(8).toString("hex")}.part`);
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync(); // on disk before the rename makes it visible
      } finally {
        await handle.close();
      }
      return {
        sha256,
        sizeBytes: bytes.length,
        path,
        async commit() {
          const target = finalPath(sha256);
          mkdirSync(join(files, sha256.slice(0, 2)), { recursive: true });
          await rename(path, target); // atomic; an identical file already there is replaced by itself
        },
        discard: () => rm(path, { force: true }),
      };
    },
    read: (sha256) => readFile(finalPath(sha256)),
    has: (sha256) => SHA256.test(sha256) && existsSync(finalPath(sha256)),
    remove: (sha256) => rm(finalPath(sha256), { force: true }),
  };
}
