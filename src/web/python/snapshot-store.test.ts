import { describe, expect, it } from "vitest";
import { snapshotKey } from "./snapshot-store.js";

const HARNESS = [
  ["host.py", "def run_json(job, seed, token): ..."],
  ["harness.py", "import unittest"],
] as const;

describe("the key a browser's Python snapshot is kept under", () => {
  it("is the same for the same Pyodide and harness, whatever order the files come in", async () => {
    expect(await snapshotKey("314.0.7", HARNESS)).toBe(await snapshotKey("314.0.7", [...HARNESS].reverse()));
  });

  it("changes with the Pyodide version, with any harness file's source, and with a file added", async () => {
    const key = await snapshotKey("314.0.7", HARNESS);
    const others = await Promise.all([
      snapshotKey("314.0.8", HARNESS),
      snapshotKey("314.0.7", [HARNESS[0], ["harness.py", "import unittest  # changed"]]),
      snapshotKey("314.0.7", [...HARNESS, ["extra.py", ""]]),
    ]);
    expect(new Set([key, ...others]).size).toBe(4);
  });
});
