// npm run bench:scoring — our metrics against scikit-learn on the same 1,000,000 rows, in the same
// run. Prints a Markdown table; copy it into bench/README.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { accuracy, precisionRecallF1, rmse, rocAuc } from "../src/shared/metrics/index.js";
import { ms, quantile, timed } from "./stats.js";
import { benchUpload } from "./submission-upload.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const python = process.env.STEPWISE_PYTHON ?? "python3";

// Deterministic data: labels in 0..9 with 70 % right, binary scores, regression values.
let state = 42;
const next = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const multiTruth = new Float64Array(ROWS);
const multiPred = new Float64Array(ROWS);
const binaryTruth = new Float64Array(ROWS);
const scores = new Float64Array(ROWS);
const regressionTruth = new Float64Array(ROWS);
const regressionPred = new Float64Array(ROWS);
for (let i = 0; i < ROWS; i += 1) {
  const label = Math.floor(next() * 10);
  multiTruth[i] = label;
  multiPred[i] = next() < 0.7 ? label : Math.floor(next() * 10);
  binaryTruth[i] = label % 2;
  scores[i] = Math.round((0.5 * next() + 0.3 * (label % 2)) * 1e4) / 1e4; // ties included
  regressionTruth[i] = 100 * next();
  regressionPred[i] = (regressionTruth[i] as number) + 10 * (next() - 0.5);
}

async function ours(run: () => number): Promise<{ p50: number; value: number }> {
  const samples: number[] = [];
  let value = Number.NaN;
  for (let i = 0; i < REPEATS; i += 1) {
    const { value: v, ms: elapsed } = await timed(async () => run());
    samples.push(elapsed);
    value = v;
  }
  return { p50: quantile(samples, 0.5), value };
}

// scikit-learn times itself on the same arrays (loaded once, timing excludes the load).
const dir = mkdtempSync(join(tmpdir(), "stepwise-scoring-"));
const names = { multiTruth, multiPred, binaryTruth, scores, regressionTruth, regressionPred };
for (const [name, array] of Object.entries(names)) writeFileSync(join(dir, `${name}.f64`), Buffer.from(array.buffer));
const script = `
import json, sys, time
import numpy as np
from sklearn import metrics as m
d = sys.argv[1]; load = lambda n: np.fromfile(f"{d}/{n}.f64", dtype=np.float64)
mt, mp, bt, s, rt, rp = (load(n) for n in ["multiTruth","multiPred","binaryTruth","scores","regressionTruth","regressionPred"])
mt, mp = mt.astype(np.int64), mp.astype(np.int64)
def bench(f):
    times, v = [], None
    for _ in range(${REPEATS}):
        t = time.perf_counter(); v = f(); times.append((time.perf_counter() - t) * 1000)
    return {"p50": sorted(times)[len(times) // 2], "value": float(v)}
print(json.dumps({
  "accuracy": bench(lambda: m.accuracy_score(mt, mp)),
  "macro-F1": bench(lambda: m.f1_score(mt, mp, average="macro")),
  "ROC-AUC": bench(lambda: m.roc_auc_score(bt, s)),
  "RMSE": bench(lambda: np.sqrt(m.mean_squared_error(rt, rp))),
}))
`;
const result = spawnSync(python, ["-c", script, dir], { encoding: "utf8" });
rmSync(dir, { recursive: true, force: true });
if (result.status !== 0) throw new Error(`scikit-learn baseline failed (${python}): ${result.stderr}`);
const sklearn = JSON.parse(result.stdout) as Record<string, { p50: number; value: number }>;

const rows: [string, { p50: number; value: number }][] = [
  ["accuracy", await ours(() => accuracy(multiTruth, multiPred))],
  ["macro-F1", await ours(() => precisionRecallF1(multiTruth, multiPred, "macro").f1)],
  ["ROC-AUC", await ours(() => rocAuc(binaryTruth, scores))],
  ["RMSE", await ours(() => rmse(regressionTruth, regressionPred))],
];
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}; ${ROWS.toLocaleString("en")} rows, median of ${REPEATS}\n`,
);
console.log("| metric | Stepwise ms | scikit-learn ms | ratio (ours / sklearn) | same value |\n|---|---|---|---|---|");
for (const [name, mine] of rows) {
  const theirs = sklearn[name];
  if (!theirs) continue;
  const same = Math.abs(mine.value - theirs.value) <= 1e-9 * Math.max(1, Math.abs(theirs.value));
  console.log(
    `| ${name} | ${ms(mine.p50)} | ${ms(theirs.p50)} | ${(mine.p50 / theirs.p50).toFixed(2)} | ${same ? "yes" : `NO (${mine.value} vs ${theirs.value})`} |`,
  );
}

const upload = await benchUpload(
  Number(process.env.BENCH_UPLOAD_ROWS ?? 100_000),
  Number(process.env.BENCH_UPLOAD_RUNS ?? 20),
  python,
);
console.log(
  `\nUpload of a ${upload.rows.toLocaleString("en")}-row submission (${(upload.bytes / 1e6).toFixed(1)} MB) over HTTP: validate + score on public and private rows, stored; ${upload.runs} runs\n`,
);
console.log("| | p50 ms | p95 ms | target |\n|---|---|---|---|");
console.log(`| Stepwise, POST end to end | ${ms(upload.p50)} | ${ms(upload.p95)} | < 300 |`);
console.log(`| pandas read_csv + checks + scikit-learn (in process, no HTTP) | ${ms(upload.pythonP50)} | | reference |`);
