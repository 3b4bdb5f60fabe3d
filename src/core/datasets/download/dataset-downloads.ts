import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { DatasetFile, DatasetOrigin } from "../../../shared/content/index.js";
import { convertAclImdb } from "./acl-imdb.js";
import { DownloadError, downloadFile, type DownloadRequest } from "./download-file.js";

type DownloadOrigin = Extract<DatasetOrigin, { kind: "download" }>;

/** A catalog dataset whose data is downloaded on demand. */
export type DownloadDataset = Pick<DatasetFile, "id"> & { readonly origin: DownloadOrigin };

/** Where a dataset's download stands, as the API and the CLI report it. */
export type DownloadState =
  | { readonly status: "absent" }
  | { readonly status: "downloading"; readonly receivedBytes: number; readonly totalBytes: number }
  | { readonly status: "converting" }
  | { readonly status: "ready" }
  | { readonly status: "failed"; readonly message: string };

/** Where downloads go and come from; timeouts and resumes as for a single {@link DownloadRequest}. */
export interface DatasetDownloadsOptions extends Pick<DownloadRequest, "idleTimeoutMs" | "resumeAttempts"> {
  /** The data directory; each dataset gets `<dataDir>/datasets/<id>/`. */
  readonly dataDir: string;
  /** A server with the archives under their own file names, used instead of the catalog's URLs. */
  readonly mirror?: string | undefined;
}

/** The files of one dataset and where its archive comes from. */
export interface DownloadPaths {
  readonly dir: string;
  /** The verified archive, under its published file name. */
  readonly archive: string;
  /** The table the archive becomes: what the exploration page and the projects read. */
  readonly csv: string;
  readonly url: string;
}

/** Each archive layout and how it becomes a CSV table. */
const CONVERTERS: Record<
  DownloadOrigin["archive"],
  (archive: string, csv: string, signal?: AbortSignal) => Promise<{ rows: number }>
> = {
  "acl-imdb": convertAclImdb,
};

/** Narrows a catalog dataset to one that is downloaded on demand. */
export const isDownloadDataset = (dataset: Pick<DatasetFile, "id" | "origin">): dataset is DownloadDataset =>
  dataset.origin.kind === "download";

interface Job {
  readonly state: DownloadState;
  readonly listeners: Set<(state: DownloadState) => void>;
  readonly done: Promise<string>;
  readonly controller: AbortController;
}

/**
 * Downloads and converts on-demand datasets, one job per dataset in this process: a second request
 * while one runs joins it. A converted CSV on disk means ready, with no network at all; a failure
 * is remembered (with its message) until the next start.
 */
export class DatasetDownloads {
  private readonly jobs = new Map<string, Job>();
  private readonly failures = new Map<string, string>();

  constructor(private readonly options: DatasetDownloadsOptions) {}

  /** The dataset's files, and the URL to fetch (the mirror's when one is set). */
  paths(dataset: DownloadDataset): DownloadPaths {
    const fileName = basename(new URL(dataset.origin.url).pathname);
    const dir = join(this.options.dataDir, "datasets", dataset.id);
    const mirror = this.options.mirror;
    return {
      dir,
      archive: join(dir, fileName),
      csv: join(dir, `${dataset.id}.csv`),
      url: mirror ? `${mirror.replace(/\/+$/, "")}/${encodeURIComponent(fileName)}` : dataset.origin.url,
    };
  }

  state(dataset: DownloadDataset): DownloadState {
    const job = this.jobs.get(dataset.id);
    if (job) return job.state;
    if (existsSync(this.paths(dataset).csv)) return { status: "ready" };
    const message = this.failures.get(dataset.id);
    return message === undefined ? { status: "absent" } : { status: "failed", message };
  }

  /** The converted CSV when it is there, else null. */
  readyCsvPath(dataset: DownloadDataset): string | null {
    return this.state(dataset).status === "ready" ? this.paths(dataset).csv : null;
  }

  /** Starts (or joins) the download in the background and returns the state right after. */
  start(dataset: DownloadDataset): DownloadState {
    // The failure is kept in the state; nobody awaits this promise.
    this.ensure(dataset).catch(() => undefined);
    return this.state(dataset);
  }

  /**
   * Resolves with the CSV's path once the dataset is ready: at once when it is on disk, else after
   * downloading (or joining the running download) and converting. `onState` hears every change.
   * Rejects with the message that says what to do.
   */
  async ensure(dataset: DownloadDataset, onState?: (state: DownloadState) => void): Promise<string> {
    let job = this.jobs.get(dataset.id);
    if (!job) {
      const { csv } = this.paths(dataset);
      if (existsSync(csv)) {
        onState?.({ status: "ready" });
        return csv;
      }
      job = this.run(dataset);
    }
    if (!onState) return job.done;
    const listener = onState;
    job.listeners.add(listener);
    listener(job.state);
    try {
      return await job.done;
    } finally {
      job.listeners.delete(listener);
    }
  }

  /** Stops every running download (the part files stay, to resume later). */
  async close(): Promise<void> {
    const running = [...this.jobs.values()];
    for (const job of running) job.controller.abort();
    await Promise.allSettled(running.map((job) => job.done));
  }

  private run(dataset: DownloadDataset): Job {
    const paths = this.paths(dataset);
    const controller = new AbortController();
    const listeners = new Set<(state: DownloadState) => void>();
    let current: DownloadState = { status: "downloading", receivedBytes: 0, totalBytes: dataset.origin.bytes };
    const set = (state: DownloadState) => {
      current = state;
      for (const listener of listeners) listener(state);
    };
    this.failures.delete(dataset.id);
    const work = async (): Promise<string> => {
      try {
        await mkdir(paths.dir, { recursive: true });
        await downloadFile({
          url: paths.url,
          mirrorOf: paths.url === dataset.origin.url ? undefined : dataset.origin.url,
          destination: paths.archive,
          sha256: dataset.origin.sha256,
          expectedBytes: dataset.origin.bytes,
          onProgress: (receivedBytes, totalBytes) => set({ status: "downloading", receivedBytes, totalBytes }),
          idleTimeoutMs: this.options.idleTimeoutMs,
          resumeAttempts: this.options.resumeAttempts,
          signal: controller.signal,
        });
        set({ status: "converting" });
        await CONVERTERS[dataset.origin.archive](paths.archive, paths.csv, controller.signal);
        set({ status: "ready" });
        return paths.csv;
      } catch (error) {
        const message =
          error instanceof DownloadError
            ? error.message
            : controller.signal.aborted
              ? `Stepwise stopped while preparing ${dataset.id}; start the download again to finish it.`
              : `Could not turn ${paths.archive} into a table: ${(error as Error).message}. Delete ${paths.dir} and download again.`;
        this.failures.set(dataset.id, message);
        set({ status: "failed", message });
        throw new DownloadError(message);
      } finally {
        this.jobs.delete(dataset.id);
      }
    };
    // work() reaches its first await before it could finish, so the job is registered before it ends.
    const job: Job = {
      get state() {
        return current;
      },
      listeners,
      controller,
      done: work(),
    };
    this.jobs.set(dataset.id, job);
    return job;
  }
}
