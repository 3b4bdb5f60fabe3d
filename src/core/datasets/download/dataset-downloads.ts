import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { DatasetFile, DatasetOrigin } from "../../../shared/content/index.js";
import { convertAclImdb } from "./acl-imdb.js";
import { DownloadError, downloadFile, type DownloadRequest } from "./download-file.js";
import { DownloadLock, readLock } from "./download-lock.js";
import { readPublishedState, StatePublisher } from "./download-state-file.js";

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
  /** How often the downloading process touches its lock in the dataset's folder (default 2 s). */
  readonly lockRefreshMs?: number | undefined;
  /** A lock untouched this long belongs to a process that died and is taken over (default 15 s). */
  readonly lockStaleMs?: number | undefined;
  /** How often a process joining another's download reads the state it publishes (default 0.5 s). */
  readonly followPollMs?: number | undefined;
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

/** What the processes sharing the data folder say about a dataset that is not on disk yet. */
interface Observation {
  /** A live process holds the download lock. */
  readonly live: boolean;
  /** The live holder's lock token, once it has written it. */
  readonly holder: string | undefined;
  /** The holder's published state (downloading from zero before it publishes), a failure left behind, or null. */
  readonly state: DownloadState | null;
  /** The lock token of the process that published a failure. */
  readonly failedBy: string | undefined;
}

/**
 * Downloads and converts on-demand datasets, one job per dataset across every process that shares the
 * data folder (app instances behind a load balancer, the server and the CLI): the process holding the
 * dataset's lock file downloads and publishes its state there; the others report that state, and a
 * job they start follows it (taking over if the holder dies). A second request in this process joins
 * its running job. A converted CSV on disk means ready, with no network at all; a failure is
 * published (with its message) until the next start.
 */
export class DatasetDownloads {
  private readonly jobs = new Map<string, Job>();
  /** Failures that could not be published (the data folder is not writable): only this process knows them. */
  private readonly unpublished = new Map<string, string>();
  private readonly timings: { readonly refreshMs: number; readonly staleMs: number; readonly pollMs: number };

  constructor(private readonly options: DatasetDownloadsOptions) {
    this.timings = {
      refreshMs: options.lockRefreshMs ?? 2000,
      staleMs: options.lockStaleMs ?? 15_000,
      pollMs: options.followPollMs ?? 500,
    };
  }

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
    const { csv, dir } = this.paths(dataset);
    if (existsSync(csv)) return { status: "ready" };
    const shared = this.observe(dataset, dir).state;
    if (shared) return shared;
    const message = this.unpublished.get(dataset.id);
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
   * downloading (or joining the download running here or in another process) and converting.
   * `onState` hears every change, a followed process's too. Rejects with the message that says what to do.
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

  /** Stops every running download and stops following others' (the part files stay, to resume later). */
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
      // A followed process's state is read again at every poll; listeners hear only changes.
      if (JSON.stringify(state) === JSON.stringify(current)) return;
      current = state;
      for (const listener of listeners) listener(state);
    };
    this.unpublished.delete(dataset.id);
    const work = async (): Promise<string> => {
      try {
        await mkdir(paths.dir, { recursive: true });
        for (;;) {
          const lost = new AbortController();
          const lock = await DownloadLock.acquire(paths.dir, this.timings, () => lost.abort());
          const ready = lock
            ? await this.download(dataset, paths, lock, set, controller.signal, lost.signal)
            : await this.follow(dataset, paths, set, controller.signal);
          if (ready) {
            set({ status: "ready" });
            return paths.csv;
          }
          // The lock changed hands (its holder ended or died, or another process took it): try again.
        }
      } catch (error) {
        if (error instanceof DownloadError) {
          set({ status: "failed", message: error.message });
          throw error;
        }
        const message = controller.signal.aborted
          ? stoppedMessage(dataset)
          : `Stepwise could not use ${paths.dir}: ${(error as Error).message}. Check that it may write its data directory (STEPWISE_DATA_DIR).`;
        if (!controller.signal.aborted) this.unpublished.set(dataset.id, message);
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

  /**
   * Downloads and converts while holding the lock, publishing each state. True when the CSV is there;
   * false when the lock was lost to another process midway (then follow it). A failure is published
   * before the lock is released, so the processes following see it; a stop by close() is not a failure
   * for the others, so nothing is left for them to report.
   */
  private async download(
    dataset: DownloadDataset,
    paths: DownloadPaths,
    lock: DownloadLock,
    set: (state: DownloadState) => void,
    stop: AbortSignal,
    lost: AbortSignal,
  ): Promise<boolean> {
    const publisher = new StatePublisher(paths.dir, lock.owner.token);
    const signal = AbortSignal.any([stop, lost]);
    // Progress is advisory for the others: a state that cannot be written leaves them a step behind.
    const publish = (state: DownloadState) => {
      set(state);
      publisher.write(state).catch(() => undefined);
    };
    try {
      // The previous holder may have finished between our look and our lock.
      if (existsSync(paths.csv)) return true;
      // Replaces a failure left by an earlier try, so every process sees this one running.
      publish({ status: "downloading", receivedBytes: 0, totalBytes: dataset.origin.bytes });
      await downloadFile({
        url: paths.url,
        mirrorOf: paths.url === dataset.origin.url ? undefined : dataset.origin.url,
        destination: paths.archive,
        sha256: dataset.origin.sha256,
        expectedBytes: dataset.origin.bytes,
        onProgress: (receivedBytes, totalBytes) => {
          const state: DownloadState = { status: "downloading", receivedBytes, totalBytes };
          set(state);
          publisher.progress(state);
        },
        idleTimeoutMs: this.options.idleTimeoutMs,
        resumeAttempts: this.options.resumeAttempts,
        signal,
      });
      publish({ status: "converting" });
      await CONVERTERS[dataset.origin.archive](paths.archive, paths.csv, signal);
      await publisher.remove();
      return true;
    } catch (error) {
      // The lock, and with it the state file, is another process's now: write nothing more; follow it.
      const mine = !lost.aborted;
      if (!mine) {
        await publisher.stop();
        if (!stop.aborted) return false;
      }
      const message =
        error instanceof DownloadError
          ? error.message
          : stop.aborted
            ? stoppedMessage(dataset)
            : `Could not turn ${paths.archive} into a table: ${(error as Error).message}. Delete ${paths.dir} and download again.`;
      if (mine && stop.aborted) await publisher.remove();
      else if (mine) {
        await publisher.write({ status: "failed", message }).catch(() => this.unpublished.set(dataset.id, message));
      }
      throw new DownloadError(message);
    } finally {
      await lock.release();
    }
  }

  /**
   * Follows the download another process holds the lock for, until the CSV is there (true) or nobody
   * holds the lock any more (false: take it). Rejects with the failure that process published.
   */
  private async follow(
    dataset: DownloadDataset,
    paths: DownloadPaths,
    set: (state: DownloadState) => void,
    signal: AbortSignal,
  ): Promise<boolean> {
    // A failure counts only if a holder we followed published it, not one left by an earlier try.
    const followed = new Set<string>();
    for (;;) {
      if (existsSync(paths.csv)) return true;
      const seen = this.observe(dataset, paths.dir);
      if (seen.holder) followed.add(seen.holder);
      if (seen.state?.status === "failed") {
        if (seen.failedBy !== undefined && followed.has(seen.failedBy)) throw new DownloadError(seen.state.message);
        return false;
      }
      if (!seen.live || !seen.state) return existsSync(paths.csv);
      set(seen.state);
      await sleep(this.timings.pollMs, undefined, { signal });
    }
  }

  /** Reads the lock, then the published state: a holder publishes its failure before it releases the lock. */
  private observe(dataset: DownloadDataset, dir: string): Observation {
    const lock = readLock(dir, this.timings.staleMs);
    const published = readPublishedState(dir);
    const live = lock?.fresh === true;
    const holder = live ? lock.owner?.token : undefined;
    // While the lock is held only its holder's word counts; after, the failure the last one left.
    const believed = published && (!live || published.owner === holder) ? published : null;
    if (believed?.state.status === "failed") return { live, holder, state: believed.state, failedBy: believed.owner };
    if (!live) return { live, holder, state: null, failedBy: undefined };
    const state: DownloadState =
      believed?.state.status === "downloading" || believed?.state.status === "converting"
        ? believed.state
        : { status: "downloading", receivedBytes: 0, totalBytes: dataset.origin.bytes };
    return { live, holder, state, failedBy: undefined };
  }
}

const stoppedMessage = (dataset: DownloadDataset) =>
  `Stepwise stopped while preparing ${dataset.id}; start the download again to finish it.`;
