import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PythonRuntime } from "../python-runtime.js";
import { createSandboxRuntime } from "./sandbox-runtime.js";
import { sandboxUsers } from "./sandbox-host.js";
import { claimUidBlock, FIRST_SANDBOX_UID, releaseUidBlock, UIDS_PER_BLOCK } from "./uid-blocks.js";

const PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";
// A module that takes a second to load, then passes its one test.
const slowPass = {
  learnerSource: "import time\ntime.sleep(1)\n\ndef answer():\n    return 42\n",
  module: "slow",
  testSource: "from slow import answer\n\ndef test_answer():\n    assert answer() == 42\n",
  testFilename: "test_slow.py",
  timeLimitMs: 10_000,
};

// Users of their own exist only for a sandbox started by root (CI, most servers).
describe.runIf(process.platform === "linux" && process.getuid?.() === 0)("sandbox users claimed per runtime", () => {
  const runtimes: PythonRuntime[] = [];
  afterAll(() => Promise.all(runtimes.map((runtime) => runtime.close())));

  it("gives two runtimes of one host separate users, so neither ends the other's runs", async () => {
    const [first, second] = [
      { python: PYTHON, ...sandboxUsers() },
      { python: PYTHON, ...sandboxUsers() },
    ];
    expect(first.firstUid).not.toBe(second.firstUid);
    expect(Math.abs((first.firstUid ?? 0) - (second.firstUid ?? 0))).toBeGreaterThanOrEqual(UIDS_PER_BLOCK);
    const [a, b] = [createSandboxRuntime({ ...first, concurrency: 1 }), createSandboxRuntime({ ...second, concurrency: 1 })];
    runtimes.push(a, b);
    // Each slot's processes are ended when its run ends: with shared users one run would end the other's.
    const results = await Promise.all([a.run(slowPass), b.run(slowPass), a.run(slowPass), b.run(slowPass)]);
    expect(results.map((result) => result.status)).toEqual(["pass", "pass", "pass", "pass"]);
  }, 60_000);

  it("takes over the claim of a process that is gone, and gives a block back when released", () => {
    const dir = mkdtempSync(join(tmpdir(), "stepwise-uid-claims-"));
    try {
      const first = claimUidBlock(dir);
      expect(first).toBe(FIRST_SANDBOX_UID);
      expect(readFileSync(join(dir, String(first)), "utf8")).toBe(String(process.pid));
      expect(claimUidBlock(dir)).toBe(first + UIDS_PER_BLOCK);
      releaseUidBlock(first);
      expect(existsSync(join(dir, String(first)))).toBe(false);
      expect(claimUidBlock(dir)).toBe(first);
      // As a process killed with SIGKILL leaves it: a claim naming a pid that no longer runs.
      writeFileSync(join(dir, String(first + 2 * UIDS_PER_BLOCK)), "2147483646");
      expect(claimUidBlock(dir)).toBe(first + 2 * UIDS_PER_BLOCK);
      // A live process's claim is left alone.
      writeFileSync(join(dir, String(first + 3 * UIDS_PER_BLOCK)), String(process.ppid));
      expect(claimUidBlock(dir)).toBe(first + 4 * UIDS_PER_BLOCK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
