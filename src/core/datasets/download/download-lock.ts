import { randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { open, readFile, rm, stat, utimes } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** The lock's name inside a dataset's folder. */
export const LOCK_FILE = ".download.lock";

/** How often an owner touches its lock, and how long an untouched lock is trusted. */
export interface LockTimings {
  readonly refreshMs: number;
  /** Longer than a few refreshes: a lock untouched this long belongs to a process that died. */
  readonly staleMs: number;
}

/** Who holds a lock; written into the lock file for the processes that find it, and for people. */
export interface LockOwner {
  /** Unique to one hold of the lock: what a published state is matched against. */
  readonly token: string;
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

/** A lock as another process sees it. */
export interface LockView {
  /** Undefined in the instant between the lock's creation and its owner's first write. */
  readonly owner: LockOwner | undefined;
  /** Touched within the stale limit: its owner is alive. */
  readonly fresh: boolean;
}

interface Snapshot {
  readonly content: string;
  readonly ino: number;
  readonly mtimeMs: number;
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException).code === code;

function parseOwner(content: string): LockOwner | undefined {
  try {
    const value = JSON.parse(content) as Partial<LockOwner>;
    return typeof value.token === "string" ? (value as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lock in `dir`, read synchronously (the download routes answer without awaiting), or null when
 * there is none.
 */
export function readLock(dir: string, staleMs: number): LockView | null {
  const path = join(dir, LOCK_FILE);
  try {
    const { mtimeMs } = statSync(path);
    return { owner: parseOwner(readFileSync(path, "utf8")), fresh: Date.now() - mtimeMs <= staleMs };
  } catch (error) {
    if (isCode(error, "ENOENT")) return null;
    throw error;
  }
}

async function snapshot(path: string): Promise<Snapshot | null> {
  try {
    const [content, { ino, mtimeMs }] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    return { content, ino, mtimeMs };
  } catch (error) {
    if (isCode(error, "ENOENT")) return null;
    throw error;
  }
}

/**
 * Deletes the lock at `path` if it is still the stale file `seen`, holding the takeover file beside
 * it (`<lock>.takeover`) meanwhile; false when another contender is taking over (this one then gives
 * way). A takeover file left by a process that died mid-takeover is deleted once stale, and a later
 * round tries again.
 */
async function removeStaleLock(path: string, seen: Snapshot, staleMs: number): Promise<boolean> {
  const takeover = `${path}.takeover`;
  try {
    await (await open(takeover, "wx")).close();
  } catch (error) {
    if (!isCode(error, "EEXIST")) throw error;
    const left = await snapshot(takeover);
    const abandoned = left !== null && Date.now() - left.mtimeMs > staleMs;
    if (abandoned) await rm(takeover, { force: true });
    return abandoned;
  }
  try {
    const now = await snapshot(path);
    const stillStale = now !== null && now.ino === seen.ino && now.content === seen.content && now.mtimeMs === seen.mtimeMs;
    if (stillStale) await rm(path, { force: true });
    // Gone already (its owner released it): the next round may take the lock.
    return stillStale || now === null;
  } finally {
    await rm(takeover, { force: true });
  }
}

/**
 * One process's exclusive right to download a dataset, shared with every process that sees the same
 * data folder (other app instances, the CLI): a file created with `wx`, touched by its owner while it
 * works. Compares mtimes with this machine's clock, so machines sharing a folder keep their clocks in
 * sync (NTP) to well within the stale limit.
 */
export class DownloadLock {
  private readonly content: string;
  private readonly heartbeat: NodeJS.Timeout;
  private released = false;

  private constructor(
    private readonly path: string,
    readonly owner: LockOwner,
    timings: LockTimings,
    onLost: () => void,
  ) {
    this.content = JSON.stringify(owner);
    this.heartbeat = setInterval(() => {
      this.refresh().then(
        (held) => {
          if (!held && !this.released) {
            clearInterval(this.heartbeat);
            onLost();
          }
        },
        // A touch that fails now (a busy file server) is tried again at the next beat; the lock only
        // goes stale if it keeps failing, and then refresh() sees it taken.
        () => undefined,
      );
    }, timings.refreshMs);
    // The work the lock guards keeps the process alive, not the lock.
    this.heartbeat.unref();
  }

  /**
   * Takes the lock in `dir`, or returns null when a live process holds it. A stale lock is taken over
   * so that only one contender wins: only the one that creates the takeover file (`wx`) may delete
   * the stale lock, after checking under it that the lock is still the very file it judged stale;
   * then every contender tries to create the lock anew with `wx`, and one succeeds. Without the
   * takeover file, a contender could delete or move aside a lock another had just created (seen:
   * two winners of six). `onLost` is called if another process takes the lock anyway (this one
   * stalled past the stale limit): stop writing then.
   */
  static async acquire(dir: string, timings: LockTimings, onLost: () => void): Promise<DownloadLock | null> {
    const path = join(dir, LOCK_FILE);
    // Bounded: each round ends because another process released, or took over, the lock meanwhile.
    for (let round = 0; round < 3; round++) {
      const owner: LockOwner = {
        token: randomUUID(),
        pid: process.pid,
        hostname: hostname(),
        startedAt: new Date().toISOString(),
      };
      try {
        const handle = await open(path, "wx");
        try {
          await handle.writeFile(JSON.stringify(owner));
        } finally {
          await handle.close();
        }
        return new DownloadLock(path, owner, timings, onLost);
      } catch (error) {
        if (!isCode(error, "EEXIST")) throw error;
      }
      const seen = await snapshot(path);
      if (!seen) continue;
      if (Date.now() - seen.mtimeMs <= timings.staleMs) return null;
      if (!(await removeStaleLock(path, seen, timings.staleMs))) return null;
    }
    return null;
  }

  /** Touches the lock if it is still ours; false when another process holds it now. */
  private async refresh(): Promise<boolean> {
    const current = await snapshot(this.path);
    if (current?.content !== this.content) return false;
    const now = new Date();
    await utimes(this.path, now, now);
    return true;
  }

  /** Stops touching the lock and deletes it, if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    const current = await snapshot(this.path);
    if (current?.content === this.content) await rm(this.path, { force: true });
  }
}
