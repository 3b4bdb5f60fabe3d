import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DownloadLock, LOCK_FILE, readLock } from "./download-lock.js";

describe("the download lock shared through a dataset's folder", () => {
  const timings = { refreshMs: 50, staleMs: 1000 };
  let dir: string;
  const held: DownloadLock[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stepwise-lock-"));
  });
  afterEach(async () => {
    await Promise.all(held.splice(0).map((lock) => lock.release()));
    rmSync(dir, { recursive: true, force: true });
  });
  const acquire = async (onLost = () => undefined, lockTimings = timings) => {
    const lock = await DownloadLock.acquire(dir, lockTimings, onLost);
    if (lock) held.push(lock);
    return lock;
  };
  const leaveStaleLock = () => {
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, JSON.stringify({ token: "dead", pid: 999_999, hostname: "gone", startedAt: "2020-01-01T00:00:00Z" }));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(path, longAgo, longAgo);
  };

  it("is held by one process at a time, says who holds it, and is free again once released", async () => {
    const first = await acquire();
    expect(first).not.toBeNull();
    expect(await acquire()).toBeNull();
    const view = readLock(dir, timings.staleMs);
    expect(view).toEqual({ owner: first?.owner, fresh: true });
    expect(first?.owner).toMatchObject({ pid: process.pid, token: expect.any(String), startedAt: expect.any(String) });
    await first?.release();
    expect(readLock(dir, timings.staleMs)).toBeNull();
    expect(await acquire()).not.toBeNull();
  });

  it("stays fresh while its owner works, past the stale limit", async () => {
    await acquire(undefined, { refreshMs: 50, staleMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(readLock(dir, 300)?.fresh).toBe(true);
    expect(await acquire(undefined, { refreshMs: 50, staleMs: 300 })).toBeNull();
  });

  it("lets exactly one of several contenders take over a stale lock, leaving no other file behind", async () => {
    // Many times over: a race that lets two contenders win shows in a few rounds of a hundred.
    for (let round = 0; round < 30; round++) {
      leaveStaleLock();
      expect(readLock(dir, timings.staleMs)).toMatchObject({ fresh: false, owner: { token: "dead" } });
      const contenders = await Promise.all(Array.from({ length: 12 }, () => acquire()));
      const winners = contenders.filter((lock) => lock !== null);
      expect(winners).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([LOCK_FILE]);
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toEqual(winners[0]?.owner);
      await Promise.all(held.splice(0).map((lock) => lock.release()));
    }
  });

  it("takes over a stale lock even when a contender died in the middle of a takeover", async () => {
    leaveStaleLock();
    const takeover = join(dir, `${LOCK_FILE}.takeover`);
    writeFileSync(takeover, "");
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(takeover, longAgo, longAgo);
    const lock = await acquire();
    expect(lock).not.toBeNull();
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it("gives way while another contender is taking over", async () => {
    leaveStaleLock();
    writeFileSync(join(dir, `${LOCK_FILE}.takeover`), "");
    expect(await acquire()).toBeNull();
    expect(readLock(dir, timings.staleMs)?.owner?.token).toBe("dead");
  });

  it("tells an owner that stalled past the stale limit that its lock was taken, and leaves the new lock alone", async () => {
    const lost = vi.fn();
    const stalled = await acquire(lost);
    // A contender whose stale limit has passed (as if the owner had not refreshed for that long).
    const taker = await acquire(undefined, { refreshMs: 50, staleMs: -1 });
    expect(taker).not.toBeNull();
    await vi.waitFor(() => expect(lost).toHaveBeenCalledOnce());
    await stalled?.release();
    expect(readLock(dir, timings.staleMs)?.owner).toEqual(taker?.owner);
  });
});
