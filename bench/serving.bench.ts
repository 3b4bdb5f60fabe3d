// npm run bench:serving — a deployed model served by Stepwise against the stack the roadmap
// recommends: gunicorn (2 workers) + Flask + numpy computing the same MLP (8 → 16 → 3, softmax).
// Same load for every row from wrk (1 thread, 32 connections, BENCH_SECONDS each), one server
// at a time, in one run; Stepwise runs as many processes as gunicorn has workers (2, sharing the
// port with SO_REUSEPORT), and one row a single process. Every row is measured BENCH_REPEATS times
// (3), in rounds; prints medians as a Markdown table for bench/README.md.
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../src/server/app.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { testConfig } from "../src/server/test-support/test-dialects.js";
import { cpuSeconds } from "./process-cpu.js";
import { quantile } from "./stats.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_REPEATS ?? 3);
const CONNECTIONS = 32;
const PORT = Number(process.env.BENCH_PORT ?? 18_431);
const WORKERS = 2;
const python = process.env.STEPWISE_PYTHON ?? "python3";
const SERVER = fileURLToPath(new URL("./serving-server.ts", import.meta.url));

const work = mkdtempSync(join(tmpdir(), "stepwise-serving-bench-"));
const INSTANCE = [0.5, -1.2, 3.1, 0.0, 2.2, -0.7, 1.5, 0.3];

/** The MLP's weights (fixed seed) as ONNX for Stepwise and as JSON for the Flask app. */
function writeModel(): void {
  execFileSync(
    python,
    [
      "-c",
      `
import json, random
from stepwise.export import mlp_to_onnx
random.seed(8163)
w1 = [[random.gauss(0, 0.5) for _ in range(16)] for _ in range(8)]
b1 = [random.gauss(0, 0.1) for _ in range(16)]
w2 = [[random.gauss(0, 0.5) for _ in range(3)] for _ in range(16)]
b2 = [random.gauss(0, 0.1) for _ in range(3)]
mlp_to_onnx([(w1, b1, "relu"), (w2, b2, "softmax")], "${join(work, "mlp.onnx")}", name="bench")
json.dump({"w1": w1, "b1": b1, "w2": w2, "b2": b2}, open("${join(work, "weights.json")}", "w"))
`,
    ],
    { env: { ...process.env, PYTHONPATH: join(PROJECT_ROOT, "python") } },
  );
  writeFileSync(
    join(work, "flask_app.py"),
    `import json
import numpy as np
from flask import Flask, jsonify, request

weights = json.load(open(${JSON.stringify(join(work, "weights.json"))}))
W1, B1 = np.array(weights["w1"], dtype=np.float32), np.array(weights["b1"], dtype=np.float32)
W2, B2 = np.array(weights["w2"], dtype=np.float32), np.array(weights["b2"], dtype=np.float32)
app = Flask(__name__)


@app.post("/predict")
def predict():
    x = np.asarray(request.get_json()["instances"], dtype=np.float32)
    z = np.maximum(x @ W1 + B1, 0) @ W2 + B2
    e = np.exp(z - z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    return jsonify({"predictions": [{"label": int(k), "probabilities": row.tolist()} for k, row in zip(p.argmax(axis=1), p)]})
`,
  );
}

/** Stores the model in a data folder the Stepwise servers then open. */
async function registerModel(dataDir: string): Promise<void> {
  const app = await buildApp(testConfig(dataDir));
  const { readFileSync } = await import("node:fs");
  const response = await app.inject({
    method: "POST",
    url: "/api/models/bench/versions",
    headers: { "content-type": "application/octet-stream" },
    payload: readFileSync(join(work, "mlp.onnx")),
  });
  await app.close();
  if (response.statusCode !== 201) throw new Error(`the benchmark model was refused: ${response.body}`);
}

interface Row {
  readonly what: string;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The server's own CPU time (every process) per answered request, in microseconds. */
  readonly cpuUsPerRequest: number;
}

const waitFor = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 300; i += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start`);
};

/** Starts the servers of one row, runs wrk against `path`, stops them. */
async function measure(what: string, start: () => ChildProcess[], path: string, body: unknown): Promise<Row> {
  const children = start();
  try {
    await waitFor(
      async () =>
        (
          await fetch(`http://127.0.0.1:${PORT}${path}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          })
        ).ok,
      what,
    );
    const script = join(work, "post.lua");
    writeFileSync(
      script,
      `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(JSON.stringify(body))}\n`,
    );
    const pids = children.flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
    const cpuBefore = cpuSeconds(pids);
    const output = execFileSync(
      "wrk",
      ["-t1", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", "-s", script, `http://127.0.0.1:${PORT}${path}`],
      { encoding: "utf8" },
    );
    const cpuUsed = cpuSeconds(pids) - cpuBefore;
    const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
    const latency = (label: string) => {
      const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)$`, "m").exec(output);
      if (!match) return Number.NaN;
      return Number(match[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[match[2] as "us" | "ms" | "s"];
    };
    if (/Non-2xx or 3xx responses/.test(output)) throw new Error(`${what}: some responses failed:\n${output}`);
    return {
      what,
      reqPerSec: number(/Requests\/sec:\s+([\d.]+)/),
      p50Ms: latency("50"),
      p99Ms: latency("99"),
      cpuUsPerRequest: (cpuUsed * 1e6) / number(/(\d+) requests in/),
    };
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))),
    );
  }
}

/** `processes` Node processes of bench/serving-server.ts sharing the port. */
const nodeProcesses =
  (processes: number, ...args: string[]) =>
  () =>
    Array.from({ length: processes }, () => fork(SERVER, args, { execArgv: ["--import", "tsx"], stdio: "ignore" }));
const node = (...args: string[]) => nodeProcesses(WORKERS, ...args);
const gunicorn = () => [
  spawn(
    "gunicorn",
    ["-w", String(WORKERS), "-b", `127.0.0.1:${PORT}`, "--chdir", work, "--log-level", "warning", "flask_app:app"],
    {
      stdio: "ignore",
      env: { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1" },
    },
  ),
];

interface RowSpec {
  readonly what: string;
  readonly start: () => ChildProcess[];
  readonly path: string;
  readonly body: unknown;
}

const median = (values: readonly number[]) => quantile(values, 0.5);
const range = (values: readonly number[], digits: number) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

async function main(): Promise<void> {
  writeModel();
  const dataDir = join(work, "data");
  await registerModel(dataDir);
  const predict = { instances: [INSTANCE] };
  const infer = { inputs: [{ name: "input", shape: [1, 8], datatype: "FP32", data: INSTANCE }] };
  const stepwise = (window: string) => node("stepwise", String(PORT), dataDir, window);
  const specs: RowSpec[] = [
    { what: "gunicorn -w 2 + Flask + numpy, /predict", start: gunicorn, path: "/predict", body: predict },
    {
      what: "Stepwise /api/models/bench/predict, batching 1 ms",
      start: stepwise("1"),
      path: "/api/models/bench/predict",
      body: predict,
    },
    // On two cores wrk needs one of them: a second server process may cost more in switching than it adds.
    {
      what: "Stepwise /api/models/bench/predict, batching 1 ms, 1 process",
      start: nodeProcesses(1, "stepwise", String(PORT), dataDir, "1"),
      path: "/api/models/bench/predict",
      body: predict,
    },
    {
      what: "Stepwise /api/models/bench/predict, batching off",
      start: stepwise("0"),
      path: "/api/models/bench/predict",
      body: predict,
    },
    {
      what: "Stepwise /v2/models/bench/infer (OIP), batching 1 ms",
      start: stepwise("1"),
      path: "/v2/models/bench/infer",
      body: infer,
    },
    { what: "ceiling: a bare Fastify route, same JSON", start: node("bare", String(PORT)), path: "/predict", body: predict },
  ];
  // Rounds of every row in turn: a change in the machine's load then hits every row alike, and each
  // round's ratios compare rows measured minutes apart at most.
  const rounds: Row[][] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const rows: Row[] = [];
    for (const spec of specs) rows.push(await measure(spec.what, spec.start, spec.path, spec.body));
    rounds.push(rows);
  }

  const ratios = (index: number) => rounds.map((rows) => (rows[index] as Row).reqPerSec / (rows[0] as Row).reqPerSec);
  const column = (index: number, field: "reqPerSec" | "p50Ms" | "p99Ms" | "cpuUsPerRequest") =>
    rounds.map((rows) => (rows[index] as Row)[field]);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}; wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${WORKERS} processes per server; medians of ${ROUNDS} rounds (range in brackets)\n`,
  );
  console.log("| what | req/s | p50 ms | p99 ms | × gunicorn | server CPU µs per request |");
  console.log("|---|---|---|---|---|---|");
  specs.forEach((spec, index) => {
    const reqPerSec = column(index, "reqPerSec");
    const p99 = column(index, "p99Ms");
    console.log(
      `| ${spec.what} | ${Math.round(median(reqPerSec)).toLocaleString("en")} | ${median(column(index, "p50Ms")).toFixed(2)} | ${median(p99).toFixed(2)} (${range(p99, 1)}) | ${median(ratios(index)).toFixed(2)} (${range(ratios(index), 2)}) | ${Math.round(median(column(index, "cpuUsPerRequest")))} (${range(column(index, "cpuUsPerRequest"), 0)}) |`,
    );
  });
  // The targets are for Stepwise's /predict with the processes it is allowed (2) or fewer: each
  // configuration is judged on both targets at once, since one may win on throughput, the other on p99.
  console.log("");
  for (const index of [1, 2]) {
    const ratio = median(ratios(index));
    const p99 = median(column(index, "p99Ms"));
    const verdict = ratio >= 5 && p99 <= 5 ? "both met" : "not both met";
    console.log(
      `Targets (${specs[index]?.what ?? ""}): ≥ 5× gunicorn's req/s — ${ratio.toFixed(2)}× (${ratio >= 5 ? "met" : "NOT met"}); p99 ≤ 5 ms — ${p99.toFixed(2)} ms (${p99 <= 5 ? "met" : "NOT met"}): ${verdict}.`,
    );
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
