import { InferenceSession } from "onnxruntime-node";
import type { ModelSignature } from "../../../shared/api/index.js";
import type { ModelFileStore } from "../model-file-store.js";
import { Batcher, type Feeds, type Results } from "./batcher.js";

export interface ServingOptions {
  /** The longest a request waits for others to batch with, in milliseconds; 0 turns batching off. */
  readonly batchWindowMs: number;
  /** A batch runs as soon as it holds this many rows. */
  readonly maxBatchRows: number;
}

/** What serving needs of a stored version: its file and its inputs and outputs. */
export interface ServableVersion {
  readonly sha256: string;
  readonly signature: ModelSignature;
}

interface Loaded {
  readonly session: InferenceSession;
  readonly batcher: Batcher;
}

/** A batch dimension first on every input and output: only then can requests be stacked. */
const isBatchable = (signature: ModelSignature) =>
  [...signature.inputs, ...signature.outputs].every((spec) => spec.shape.length > 0 && spec.shape[0] === -1);

/**
 * Serves stored model versions with onnxruntime: one long-lived session per file, created on first
 * use and shared by every request (onnxruntime sessions are safe to run concurrently; creating and
 * releasing them repeatedly leaks memory), with a dynamic batcher in front of each.
 */
export class ModelServer {
  private readonly loaded = new Map<string, Promise<Loaded>>();

  constructor(
    private readonly store: ModelFileStore,
    private readonly options: ServingOptions,
  ) {}

  /** Runs one request's inputs; results hold every output of the model. */
  async run(version: ServableVersion, feeds: Feeds): Promise<Results> {
    return (await this.load(version)).batcher.submit(feeds);
  }

  /** Loads the version's session now, so that its first request does not wait for it. */
  async warm(version: ServableVersion): Promise<void> {
    await this.load(version);
  }

  /** Forgets a file's session, e.g. once its last version is deleted. */
  async release(sha256: string): Promise<void> {
    const loaded = this.loaded.get(sha256);
    this.loaded.delete(sha256);
    if (loaded) await (await loaded.catch(() => undefined))?.session.release();
  }

  async close(): Promise<void> {
    await Promise.all([...this.loaded.keys()].map((sha256) => this.release(sha256)));
  }

  private load(version: ServableVersion): Promise<Loaded> {
    let loaded = this.loaded.get(version.sha256);
    if (!loaded) {
      loaded = this.create(version);
      this.loaded.set(version.sha256, loaded);
      // A failed load is not cached: the next request tries again.
      loaded.catch(() => this.loaded.delete(version.sha256));
    }
    return loaded;
  }

  private async create(version: ServableVersion): Promise<Loaded> {
    const bytes = await this.store.read(version.sha256);
    // One thread per session: requests already run side by side, and small models lose more to
    // thread hand-offs than they gain; scale out with processes instead.
    const session = await InferenceSession.create(bytes, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
    });
    const batcher = new Batcher((feeds) => session.run(feeds), {
      windowMs: this.options.batchWindowMs,
      maxRows: this.options.maxBatchRows,
      batchable: isBatchable(version.signature),
    });
    return { session, batcher };
  }
}
