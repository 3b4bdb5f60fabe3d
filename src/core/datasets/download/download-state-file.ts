import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { DatasetDownloadStateSchema } from "../../../shared/api/dataset-downloads.js";

/** The published state's name inside a dataset's folder. */
export const STATE_FILE = ".download-state.json";

/** At most this many progress writes a second, so a fast link does not turn into a stream of renames. */
const PROGRESS_WRITES_PER_SECOND = 4;

type DatasetDownloadState = z.infer<typeof DatasetDownloadStateSchema>;

const PublishedStateSchema = z.object({
  /** The lock token of the process that wrote it: a state is believed only while that lock is held. */
  owner: z.string(),
  state: DatasetDownloadStateSchema,
});

/** What a downloading process last said about its work, for the processes that share its data folder. */
export type PublishedState = z.infer<typeof PublishedStateSchema>;

/**
 * The state published in `dir`, or null when there is none or it cannot be read (an older format,
 * a file damaged by hand): nothing published then. Synchronous, for the routes that answer at once.
 */
export function readPublishedState(dir: string): PublishedState | null {
  let text: string;
  try {
    text = readFileSync(join(dir, STATE_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const parsed = PublishedStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Publishes one owner's states to `dir`. Each write goes to a temporary file renamed over the state
 * file, so readers see a whole state or the one before; writes happen in order; progress is throttled
 * and its latest value is written last.
 */
export class StatePublisher {
  private readonly path: string;
  private chain: Promise<void> = Promise.resolve();
  private pending: DatasetDownloadState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastWrite = 0;

  constructor(
    dir: string,
    private readonly owner: string,
  ) {
    this.path = join(dir, STATE_FILE);
  }

  /** Bytes received so far: written now, or with the next throttled write. */
  progress(state: DatasetDownloadState): void {
    this.pending = state;
    if (this.timer) return;
    const wait = this.lastWrite + 1000 / PROGRESS_WRITES_PER_SECOND - Date.now();
    const flush = () => {
      this.timer = undefined;
      const latest = this.pending;
      // Progress is advisory: a failed write leaves the others one step behind, not the download broken.
      if (latest) this.write(latest).catch(() => undefined);
    };
    if (wait <= 0) flush();
    else this.timer = setTimeout(flush, wait);
  }

  /** Writes `state` now, dropping progress not written yet; rejects when the file cannot be written. */
  write(state: DatasetDownloadState): Promise<void> {
    this.cancelPending();
    this.lastWrite = Date.now();
    const content = JSON.stringify({ owner: this.owner, state } satisfies PublishedState);
    const next = this.chain.then(async () => {
      const temporary = `${this.path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, content);
        await rename(temporary, this.path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Writes nothing more: drops progress not written yet and waits for the writes under way. */
  async stop(): Promise<void> {
    this.cancelPending();
    await this.chain;
  }

  /** Deletes the state file once the writes under way are done: the job ended with nothing to tell. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.path, { force: true });
  }

  private cancelPending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
