// npm run bench:csv — the hand-written CSV parser (taken from git) against the Papa Parse one now in
// src/shared/csv, in the same run: parsing alone, validating a 100,000-row submission, and that
// submission POSTed end to end to a real server running each version. Prints Markdown tables;
// copy them into bench/README.md.
import { cpus } from "node:os";
import type * as ParseCsv from "../src/shared/csv/parse-csv.js";
import { parseCsv } from "../src/shared/csv/parse-csv.js";
import type * as ValidateSubmission from "../src/shared/projects/validate-submission.js";
import { validateSubmission, type SubmissionSpec } from "../src/shared/projects/validate-submission.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { handWrittenTree } from "./hand-written.js";
import { alternate, ms, quantile } from "./stats.js";
import { alternateUploads } from "./submission-upload.js";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const UPLOAD_ROWS = Number(process.env.BENCH_UPLOAD_ROWS ?? 100_000);
const UPLOAD_RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 40);
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 10_000);

const CHANGED = ["src/shared/csv/parse-csv.ts", "src/shared/projects/validate-submission.ts"];

/** The upload's shape: `id,label` then one probability per id. */
/** A table submission's values, from either version (the benchmark's submission is never a ranking). */
function tableValues(parsed: { values: Float64Array } | { rankings: unknown }): Float64Array {
  if (!("values" in parsed)) throw new Error("the benchmark's submission is a table, not rankings");
  return parsed.values;
}

function submission(rows: number): { text: string; ids: string[] } {
  const ids = Array.from({ length: rows }, (_, k) => String(100_000 + k * 3));
  const text = ["id,label", ...ids.map((id, k) => `${id},${((k * 7919) % 1000) / 1000}`)].join("\n") + "\n";
  return { text, ids };
}

/** A table like the IMDB one: long quoted reviews with commas, doubled quotes and line ends; CRLF rows. */
function reviews(count: number): string {
  const words = ["great", "film,", '"awful"', "the", "plot", "and", "a", "line\nbreak", "café", "really"];
  let state = 1;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ["id,split,rating,text,label"];
  for (let i = 0; i < count; i += 1) {
    const text = Array.from({ length: 150 }, () => words[Math.floor(next() * words.length)]).join(" ");
    lines.push(`train-pos-${i},train,${1 + (i % 10)},"${text.replaceAll('"', '""')}",positive`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

const old = handWrittenTree(CHANGED);
try {
  const oldCsv = await old.load<typeof ParseCsv>(CHANGED[0] as string);
  const oldValidate = await old.load<typeof ValidateSubmission>(CHANGED[1] as string);
  const upload = submission(UPLOAD_ROWS);
  const table = reviews(REVIEWS);
  const positionOf = new Map(upload.ids.map((id, position) => [id, position]));
  const spec: SubmissionSpec = {
    idColumn: "id",
    valueColumn: "label",
    value: { type: "label", labels: ["no", "yes"], positive: "yes" },
  };
  // Both must agree before their times mean anything.
  const same = (a: unknown, b: unknown, what: string) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`the two versions disagree on ${what}`);
  };
  same(oldCsv.parseCsv(table), parseCsv(table), "the reviews");
  same(oldCsv.parseCsv(upload.text), parseCsv(upload.text), "the submission");
  same(
    [...tableValues(oldValidate.validateSubmission(upload.text, spec, upload.ids, positionOf))],
    [...tableValues(validateSubmission(upload.text, spec, upload.ids, positionOf))],
    "the submission's values",
  );

  const rows: [string, Map<string, number[]>][] = [
    [
      `parse the ${UPLOAD_ROWS.toLocaleString("en")}-row submission (${(upload.text.length / 1e6).toFixed(1)} MB)`,
      await alternate(
        [
          ["hand-written", () => oldCsv.parseCsv(upload.text)],
          ["library", () => parseCsv(upload.text)],
        ],
        REPEATS,
      ),
    ],
    [
      `parse ${REVIEWS.toLocaleString("en")} quoted reviews (${(table.length / 1e6).toFixed(1)} MB)`,
      await alternate(
        [
          ["hand-written", () => oldCsv.parseCsv(table)],
          ["library", () => parseCsv(table)],
        ],
        REPEATS,
      ),
    ],
    [
      `validate the ${UPLOAD_ROWS.toLocaleString("en")}-row submission (in process)`,
      await alternate(
        [
          ["hand-written", () => oldValidate.validateSubmission(upload.text, spec, upload.ids, positionOf)],
          ["library", () => validateSubmission(upload.text, spec, upload.ids, positionOf)],
        ],
        REPEATS,
      ),
    ],
  ];
  // Each version's own server, in its own process; the two take turns request by request.
  const posts = await alternateUploads(
    [
      ["hand-written", old.root],
      ["library", PROJECT_ROOT],
    ],
    UPLOAD_ROWS,
    UPLOAD_RUNS,
  );
  const post = (what: "ms" | "cpuMs") =>
    new Map([...posts].map(([name, timings]) => [name, timings.map((timing) => timing[what])]));
  rows.push([`POST the ${UPLOAD_ROWS.toLocaleString("en")}-row submission end to end: wall clock`, post("ms")]);
  rows.push([
    `POST the ${UPLOAD_ROWS.toLocaleString("en")}-row submission end to end: CPU time of the process (server and client)`,
    post("cpuMs"),
  ]);

  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ` +
      `medians of ${REPEATS} alternating repeats in process, and of ${UPLOAD_RUNS} POSTs to each version's server, taking turns\n`,
  );
  console.log("| step | hand-written p50 ms | Papa Parse p50 ms | ratio (library / hand-written) |\n|---|---|---|---|");
  for (const [step, samples] of rows) {
    const mine = quantile(samples.get("library") ?? [], 0.5);
    const theirs = quantile(samples.get("hand-written") ?? [], 0.5);
    console.log(`| ${step} | ${ms(theirs)} | ${ms(mine)} | ${(mine / theirs).toFixed(2)} |`);
  }
  const p95 = (name: string) => ms(quantile(post("ms").get(name) ?? [], 0.95));
  console.log(
    `\nPOST end to end, wall-clock p95: hand-written ${p95("hand-written")} ms, Papa Parse ${p95("library")} ms (target: p50 < 300 ms)`,
  );
} finally {
  old.close();
}
