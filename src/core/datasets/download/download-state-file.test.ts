import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readPublishedState, STATE_FILE, StatePublisher } from "./download-state-file.js";

describe("the download state a holder publishes for the other processes", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stepwise-state-file-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const downloading = (receivedBytes: number) => ({ status: "downloading" as const, receivedBytes, totalBytes: 1000 });

  it("writes progress at most four times a second, the latest value last", async () => {
    const publisher = new StatePublisher(dir, "holder");
    const written: number[] = [];
    const started = Date.now();
    for (let bytes = 1; bytes <= 100; bytes++) {
      publisher.progress(downloading(bytes));
      await new Promise((resolve) => setTimeout(resolve, 10));
      const state = readPublishedState(dir)?.state;
      if (state?.status === "downloading" && written.at(-1) !== state.receivedBytes) written.push(state.receivedBytes);
    }
    const elapsed = Date.now() - started;
    await vi.waitFor(() => expect(readPublishedState(dir)).toEqual({ owner: "holder", state: downloading(100) }));
    // A reader every 10 ms sees each write; without the throttle it would see about a hundred.
    expect(written[0]).toBe(1);
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
    await publisher.stop();
    expect(readdirSync(dir)).toEqual([STATE_FILE]); // no temporary file left
  });

  it("writes a failure at once, dropping progress not written yet, and removes the file when told", async () => {
    const publisher = new StatePublisher(dir, "holder");
    publisher.progress(downloading(1));
    publisher.progress(downloading(2));
    await publisher.write({ status: "failed", message: "the server answered 500" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(readPublishedState(dir)).toEqual({ owner: "holder", state: { status: "failed", message: "the server answered 500" } });
    await publisher.remove();
    expect(readdirSync(dir)).toEqual([]);
    expect(readPublishedState(dir)).toBeNull();
  });

  it("reads a damaged or foreign state file as nothing published", () => {
    writeFileSync(join(dir, STATE_FILE), "{ half a fil");
    expect(readPublishedState(dir)).toBeNull();
    writeFileSync(join(dir, STATE_FILE), JSON.stringify({ owner: "holder", state: { status: "exploding" } }));
    expect(readPublishedState(dir)).toBeNull();
  });
});
