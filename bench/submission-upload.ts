// The upload half of `npm run bench:scoring`: a 100,000-row submission POSTed over real HTTP to a
// Stepwise server, validated and scored on a hidden test set, end to end — next to pandas +
// scikit-learn reading, checking and scoring the same file in the same run. `npm run bench:csv`
// uses `alternateUploads` to compare two versions of the code the same way.
import { fork, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Curriculum, Dataset, Project } from "../src/shared/content/index.js";
import { buildApp } from "../src/server/app.js";
import { loadCurriculum } from "../src/core/content/load-curriculum.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { testConfig } from "../src/server/test-support/test-dialects.js";
import { quantile, timed } from "./stats.js";

export interface UploadResult {
  readonly rows: number;
  readonly bytes: number;
  readonly p50: number;
  readonly p95: number;
  readonly pythonP50: number;
  readonly runs: number;
}

/** A synthetic binary-classification project with `testRows` hidden rows, added to the real curriculum. */
function benchCurriculum(dir: string, testRows: number): Curriculum {
  const curriculum = loadCurriculum(join(PROJECT_ROOT, "content"));
  const lines = ["id,x,label"];
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < testRows * 2; i += 1) lines.push(`${i},${next().toFixed(4)},${next() < 0.5 ? "yes" : "no"}`);
  const file = join(dir, "bench.csv");
  writeFileSync(file, lines.join("\n"));
  const dataset: Dataset = {
    id: "bench-rows",
    title: "Benchmark rows",
    description: "Synthetic rows for the upload benchmark.",
    origin: { kind: "content", file: "bench.csv" },
    format: "csv",
    source: { title: "generated" },
    licence: "CC0",
    columns: [
      { name: "id", type: "text", description: "id" },
      { name: "x", type: "number", description: "x" },
      { name: "label", type: "category", description: "label" },
    ],
    localPath: file,
  };
  const template = curriculum.projects.find((project) => project.id === "review-sentiment") as Project;
  const project: Project = {
    ...template,
    id: "bench-upload",
    dataset: dataset.id,
    id_column: "id",
    target: "label",
    train_columns: ["x"],
    test_columns: ["x"],
    split: { kind: "random", test_fraction: 0.5, seed: 1, public_fraction: 0.3 },
    metrics: ["f1", "accuracy", "roc_auc"],
    value: { type: "label", labels: ["no", "yes"], positive: "yes" },
  };
  return { ...curriculum, datasets: [...curriculum.datasets, dataset], projects: [...curriculum.projects, project] };
}

/** A Stepwise server on 127.0.0.1 with the benchmark project, and the submission to POST to it. */
export interface UploadServer {
  /** The test ids, in test.csv's order. */
  readonly ids: readonly string[];
  /** A valid submission: `id,label` and a probability per id. */
  readonly submission: string;
  /** POSTs the submission and waits for the stored, scored result. */
  post(): Promise<void>;
  close(): Promise<void>;
}

export async function startUploadServer(testRows: number): Promise<UploadServer> {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-upload-"));
  const app = await buildApp({ ...testConfig(dir), dailySubmissions: 1000 }, { curriculum: benchCurriculum(dir, testRows) });
  const close = async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    const test = await (await fetch(`${url}/api/projects/bench-upload/files/test.csv`)).text();
    const ids = test
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.slice(0, line.indexOf(",")));
    const submission = ["id,label", ...ids.map((id, k) => `${id},${((k * 7919) % 1000) / 1000}`)].join("\n") + "\n";
    const post = async () => {
      const response = await fetch(`${url}/api/projects/bench-upload/submissions`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: submission,
      });
      if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
      await response.json();
    };
    return { ids, submission, post, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function benchUpload(testRows: number, runs: number, python: string): Promise<UploadResult> {
  const server = await startUploadServer(testRows);
  const dir = mkdtempSync(join(tmpdir(), "stepwise-upload-reference-"));
  try {
    const { ids, submission, post } = server;
    await post(); // warm-up: JIT and the project's first preparation
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) samples.push((await timed(post)).ms);

    const truthFile = join(dir, "truth.csv");
    const submissionFile = join(dir, "submission.csv");
    writeFileSync(submissionFile, submission);
    writeFileSync(truthFile, ids.map((id, k) => `${id},${k % 2 ? "yes" : "no"}`).join("\n"));
    const script = `
import sys, time
import numpy as np, pandas as pd
from sklearn import metrics as m
truth = pd.read_csv(sys.argv[1], header=None, names=["id", "label"], dtype={"id": str})
times = []
for _ in range(${runs}):
    t = time.perf_counter()
    sub = pd.read_csv(sys.argv[2], dtype={"id": str})
    assert list(sub.columns) == ["id", "label"] and sub["id"].is_unique and set(sub["id"]) == set(truth["id"])
    assert pd.to_numeric(sub["label"]).between(0, 1).all()
    merged = truth.merge(sub, on="id", suffixes=("", "_p"))
    y = (merged["label"] == "yes").to_numpy(); p = merged["label_p"].to_numpy()
    m.f1_score(y, p >= 0.5); m.accuracy_score(y, p >= 0.5); m.roc_auc_score(y, p)
    times.append((time.perf_counter() - t) * 1000)
print(sorted(times)[len(times) // 2])
`;
    const result = spawnSync(python, ["-c", script, truthFile, submissionFile], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pandas baseline failed (${python}): ${result.stderr}`);
    return {
      rows: ids.length,
      bytes: Buffer.byteLength(submission),
      p50: quantile(samples, 0.5),
      p95: quantile(samples, 0.95),
      pythonP50: Number(result.stdout.trim()),
      runs,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One POST's cost, measured in the process that sent and served it. */
export interface UploadTiming {
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** CPU milliseconds of that process (client and server): less swayed by other work on the machine. */
  readonly cpuMs: number;
}

/**
 * POSTs a `rows`-row submission `runs` times to a server of each tree, each in its own process
 * (`bench/upload-server-child.ts` of that tree), the servers taking turns request by request: all
 * see the same load on the machine, and each pays for its own garbage. Returns each tree's timings.
 */
export async function alternateUploads(
  trees: readonly (readonly [name: string, root: string])[],
  rows: number,
  runs: number,
): Promise<Map<string, UploadTiming[]>> {
  const children = trees.map(([name, root]) => {
    const child = fork(join(root, "bench", "upload-server-child.ts"), {
      env: { ...process.env, BENCH_UPLOAD_ROWS: String(rows) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const reply = () =>
      new Promise<unknown>((resolve, reject) => {
        const onMessage = (message: unknown) => {
          child.off("exit", onExit);
          resolve(message);
        };
        const onExit = (code: number | null) => {
          child.off("message", onMessage);
          reject(new Error(`the ${name} upload server stopped (exit code ${code})`));
        };
        child.once("message", onMessage).once("exit", onExit);
      });
    return { name, child, ready: reply(), reply };
  });
  const timings = new Map(trees.map(([name]) => [name, [] as UploadTiming[]]));
  try {
    for (const { ready } of children) await ready;
    for (let run = 0; run < runs; run += 1) {
      for (const { name, child, reply } of children) {
        const answer = reply();
        child.send("post");
        timings.get(name)?.push((await answer) as UploadTiming);
      }
    }
  } finally {
    for (const { child } of children) {
      if (child.connected) child.send("close");
      else child.kill();
    }
  }
  return timings;
}
