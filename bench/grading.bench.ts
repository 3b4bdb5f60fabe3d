// npm run bench:grading — how fast an exercise is graded on each runtime (the sandbox where the host has one), against spawning
// `python3 -m unittest` per run. Prints a Markdown table; copy it into bench/README.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createNativeRuntime } from "../src/runner/native/native-runtime.js";
import type { PythonRuntime } from "../src/runner/python-runtime.js";
import { createPyodideRuntime } from "../src/runner/pyodide/pyodide-runtime.js";
import { createSandboxRuntime } from "../src/runner/sandbox/sandbox-runtime.js";
import { sandboxProblem, sandboxUsers } from "../src/runner/sandbox/sandbox-host.js";
import type { GradingJob } from "../src/shared/grading/grading-job.js";
import { ms, quantile, timed } from "./stats.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const COLD_REPEATS = Number(process.env.BENCH_COLD_REPEATS ?? 3);
const python = process.env.STEPWISE_PYTHON ?? "python3";

// A 5-test pure-Python exercise, in unittest form so the baseline can run the same file.
const SOLUTION = `def mean(xs):
    if not xs:
        raise ValueError("mean of nothing")
    return sum(xs) / len(xs)

def variance(xs):
    if len(xs) < 2:
        raise ValueError("need two values")
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
`;
const TESTS = `import unittest
from stats_module import mean, variance

class StatsTest(unittest.TestCase):
    def test_mean_of_three(self):
        self.assertAlmostEqual(mean([1, 2, 3]), 2)

    def test_mean_of_one(self):
        self.assertEqual(mean([5]), 5)

    def test_sample_variance_uses_n_minus_one(self):
        self.assertAlmostEqual(variance([1, 2, 3, 4]), 5 / 3)

    def test_variance_needs_two_values(self):
        with self.assertRaises(ValueError):
            variance([1])

    def test_mean_of_nothing_raises(self):
        with self.assertRaises(ValueError):
            mean([])
`;
const job: GradingJob = {
  learnerSource: SOLUTION,
  module: "stats_module",
  testSource: TESTS,
  testFilename: "test_stats_module.py",
  timeLimitMs: 10_000,
};

async function warmLatency(runtime: PythonRuntime): Promise<number[]> {
  const first = await runtime.run(job);
  if (first.status !== "pass") throw new Error(`${runtime.name}: the benchmark exercise did not pass: ${first.message}`);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push((await timed(() => runtime.run(job))).ms);
  return samples;
}

function unittestBaseline(): number[] {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-bench-"));
  writeFileSync(join(dir, "stats_module.py"), SOLUTION);
  writeFileSync(join(dir, "test_stats_module.py"), TESTS);
  const samples: number[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const result = spawnSync(python, ["-m", "unittest", "-q", "test_stats_module"], { cwd: dir, encoding: "utf8" });
      samples.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`python3 -m unittest failed: ${result.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

/** New runtime → first result, `COLD_REPEATS` times; returns the median. */
async function coldStart(make: () => ReturnType<typeof createPyodideRuntime>, prewarm: boolean): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_REPEATS; i += 1) {
    const runtime = make();
    if (prewarm) await runtime.warm();
    const { value, ms: elapsed } = await timed(() => runtime.run(job));
    if (value.status !== "pass") throw new Error(`cold start run did not pass: ${value.message}`);
    samples.push(elapsed);
    await runtime.close();
  }
  return quantile(samples, 0.5);
}

const rows: string[] = [];
const row = (what: string, p50: number, p95: number | null, note: string) =>
  rows.push(`| ${what} | ${ms(p50)} | ${p95 === null ? "–" : ms(p95)} | ${note} |`);

process.stderr.write(`warm latency, ${RUNS} runs each…\n`);
const pyodide = createPyodideRuntime({ snapshot: false });
const pyodideWarm = await warmLatency(pyodide);
await pyodide.close();
row("pyodide, warm", quantile(pyodideWarm, 0.5), quantile(pyodideWarm, 0.95), "worker_threads pool, interpreter already loaded");
const native = createNativeRuntime({ python, concurrency: 1 });
const nativeWarm = await warmLatency(native);
await native.close();
row(
  "native, per run",
  quantile(nativeWarm, 0.5),
  quantile(nativeWarm, 0.95),
  `new \`${python} -I\` process per run, with limits`,
);
const sandboxHost = { python: process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3", ...sandboxUsers() };
const sandboxMissing = await sandboxProblem(sandboxHost);
if (sandboxMissing) process.stderr.write(`sandbox skipped: ${sandboxMissing}\n`);
else {
  const sandbox = createSandboxRuntime({ ...sandboxHost, concurrency: 1 });
  const sandboxWarm = await warmLatency(sandbox);
  await sandbox.close();
  row(
    "sandbox, per run",
    quantile(sandboxWarm, 0.5),
    quantile(sandboxWarm, 0.95),
    `the same under bubblewrap, ${(quantile(sandboxWarm, 0.5) / quantile(nativeWarm, 0.5)).toFixed(2)}× native p50`,
  );
}
const baseline = unittestBaseline();
row(
  "baseline: `python3 -m unittest`",
  quantile(baseline, 0.5),
  quantile(baseline, 0.95),
  "spawned per run, no isolation or limits",
);

process.stderr.write(`cold start, median of ${COLD_REPEATS}…\n`);
const cacheDir = mkdtempSync(join(tmpdir(), "stepwise-bench-cache-"));
try {
  row(
    "pyodide cold start → first result",
    await coldStart(() => createPyodideRuntime({ snapshot: false }), false),
    null,
    "load Python from scratch",
  );
  await coldStart(() => createPyodideRuntime({ snapshotCacheDir: cacheDir }), false); // makes the snapshot
  row(
    "pyodide cold start from snapshot → first result",
    await coldStart(() => createPyodideRuntime({ snapshotCacheDir: cacheDir }), false),
    null,
    "memory snapshot restored from disk",
  );
  row(
    "pyodide pre-warmed pool → first result",
    await coldStart(() => createPyodideRuntime({ snapshot: false }), true),
    null,
    "pool started ahead (server start)",
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `Machine: ${cpus().length} × ${cpu}, Node ${process.version}, ${spawnSync(python, ["--version"], { encoding: "utf8" }).stdout.trim()}\n`,
);
console.log("| what | p50 ms | p95 ms | notes |\n|---|---|---|---|");
console.log(rows.join("\n"));
