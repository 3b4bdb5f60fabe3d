import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import { createPyodideRuntime } from "./pyodide-runtime.js";

const cacheDir = mkdtempSync(join(tmpdir(), "stepwise-snapshot-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const job: GradingJob = {
  learnerSource: "import random\ndef pick():\n    return random.random()\n",
  module: "picker",
  testSource: "from picker import pick\n\ndef test_pick():\n    print(pick())\n    assert 0 <= pick() < 1\n",
  testFilename: "test_picker.py",
  timeLimitMs: 5000,
};

// stepwise.export and stepwise.onnx_reader are imported by learners' code, not by the harness
// itself, so a restored interpreter must find their files too.
const lazyImportJob: GradingJob = {
  learnerSource: [
    "from stepwise.export import mlp_to_onnx",
    "from stepwise.onnx_reader import read_model",
    "def inputs():",
    "    model = read_model(mlp_to_onnx([([[1.0, 2.0]], [0.5, 0.5], 'softmax')]))",
    "    return [(info.name, info.shape) for info in model.graph.inputs]",
    "",
  ].join("\n"),
  module: "lazy",
  testSource: "from lazy import inputs\n\ndef test_inputs():\n    assert inputs() == [('input', ['N', 1])]\n",
  testFilename: "test_lazy.py",
  timeLimitMs: 5000,
};

describe("Pyodide memory snapshots", () => {
  it("makes a snapshot on first start, restores it in the next process, and reseeds random each run", async () => {
    const first = createPyodideRuntime({ snapshotCacheDir: cacheDir });
    expect((await first.warm()).map((start) => start.fromSnapshot)).toEqual([false]);
    expect((await first.run(job)).status).toBe("pass");
    await first.close();
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".snapshot"))).toHaveLength(1);

    const restored = createPyodideRuntime({ snapshotCacheDir: cacheDir });
    const second = createPyodideRuntime({ snapshotCacheDir: cacheDir });
    try {
      expect((await restored.warm()).map((start) => start.fromSnapshot)).toEqual([true]);
      await second.warm();
      const [a, b] = await Promise.all([restored.run(job), second.run(job)]);
      expect(a.status).toBe("pass");
      const lazy = await restored.run(lazyImportJob);
      expect(lazy.status, lazy.tests[0]?.message ?? lazy.message).toBe("pass");
      // Two interpreters restored from one snapshot must not draw the same random numbers.
      expect(a.tests[0]?.output).not.toBe(b.tests[0]?.output);
    } finally {
      await Promise.all([restored.close(), second.close()]);
    }
  }, 90_000);

  it("falls back to a normal start when the snapshot on disk is damaged, and replaces it", async () => {
    const [name] = readdirSync(cacheDir).filter((entry) => entry.endsWith(".snapshot"));
    expect(name).toBeDefined();
    writeFileSync(join(cacheDir, name ?? ""), "not a snapshot");
    const runtime = createPyodideRuntime({ snapshotCacheDir: cacheDir });
    try {
      expect((await runtime.warm()).map((start) => start.fromSnapshot)).toEqual([false]);
      expect((await runtime.run(job)).status).toBe("pass");
    } finally {
      await runtime.close();
    }
    const replaced = createPyodideRuntime({ snapshotCacheDir: cacheDir });
    try {
      expect((await replaced.warm()).map((start) => start.fromSnapshot)).toEqual([true]);
    } finally {
      await replaced.close();
    }
  }, 90_000);
});
