import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InferenceSession, Tensor } from "onnxruntime-node";
import { afterAll, describe, expect, it } from "vitest";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";

// stepwise.export (python/stepwise/export.py) against the runtime that will serve its files:
// export_cases.py fits every supported kind of model in CPython with scikit-learn (fixed seeds),
// exports it, and records scikit-learn's own answers; onnxruntime-node must give the same ones.
const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const CASES_SCRIPT = fileURLToPath(new URL("./export_cases.py", import.meta.url));
const RELATIVE = 1e-4;
const ABSOLUTE = 1e-5;

interface Manifest {
  readonly cases: readonly { readonly case: string; readonly file: string }[];
  readonly supported: readonly string[];
}

type Expected = readonly (number | string)[] | readonly (readonly number[])[];

interface CaseRecord {
  readonly input: readonly (readonly number[])[];
  readonly expected: Readonly<Record<string, Expected>>;
  /** Row indices to compare (trees: rows away from split thresholds). */
  readonly rows: readonly number[];
  /** Row indices whose labels are compared: not those where two classes tie in scikit-learn. */
  readonly labelRows: readonly number[];
  readonly checker: string;
}

function exportCases(dir: string): Manifest {
  const result = spawnSync(PYTHON, [CASES_SCRIPT, dir], {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: PYTHON_PACKAGE_ROOT },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `Fitting and exporting the models failed with ${PYTHON}: ${result.stderr || result.error?.message}. ` +
        "Install python3-numpy, python3-sklearn and python3-onnx, and set STEPWISE_PYTHON.",
    );
  }
  return JSON.parse(result.stdout) as Manifest;
}

/** The first value onnxruntime got wrong (NaN included) over the compared rows, or "" when none. */
function firstMismatch(actual: ArrayLike<number>, expected: Expected, rows: readonly number[]): string {
  const width = Array.isArray(expected[0]) ? (expected[0] as readonly number[]).length : 1;
  for (const row of rows) {
    const want = Array.isArray(expected[row]) ? (expected[row] as readonly number[]) : [expected[row] as number];
    for (const [column, value] of want.entries()) {
      const got = actual[row * width + column] as number;
      if (!(Math.abs(got - value) <= ABSOLUTE + RELATIVE * Math.abs(value))) {
        return `row ${row}, column ${column}: got ${got}, expected ${value}`;
      }
    }
  }
  return "";
}

describe("stepwise.export: onnxruntime-node gives scikit-learn's answers", () => {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-onnx-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = exportCases(dir);

  it("has an equivalence case for every kind of model the exporter supports", () => {
    const missing = manifest.supported.filter((kind) => !manifest.cases.some(({ case: name }) => name.includes(kind)));
    expect(missing).toEqual([]);
  });

  describe.each(manifest.cases.map(({ case: name, file }) => [name, file] as const))("%s", (_name, file) => {
    const record = JSON.parse(readFileSync(join(dir, `${file}.json`), "utf8")) as CaseRecord;

    it("passes onnx.checker and survives a round trip through onnx unchanged", (context) => {
      if (record.checker === "onnx is not installed") context.skip();
      expect(record.checker).toBe("passed");
    });

    it("gives the same outputs in onnxruntime-node", async () => {
      const session = await InferenceSession.create(join(dir, `${file}.onnx`));
      try {
        expect(session.inputNames).toEqual(["input"]);
        expect([...session.outputNames].sort()).toEqual(Object.keys(record.expected).sort());
        const n = record.input.length;
        const width = record.input[0]?.length ?? 0;
        const input = new Tensor("float32", Float32Array.from(record.input.flat()), [n, width]);
        const outputs = await session.run({ input });
        expect(record.rows.length, "rows left to compare").toBeGreaterThan(n / 2);
        expect(record.labelRows.length, "rows left to compare labels on").toBeGreaterThan(n / 2);
        for (const [name, expected] of Object.entries(record.expected)) {
          const output = outputs[name] as Tensor;
          const columns = Array.isArray(expected[0]) ? [(expected[0] as readonly number[]).length] : [];
          expect(output.dims, `${name}'s shape`).toEqual([n, ...columns]);
          if (name === "label") {
            expect(output.type, "label's type").toBe(typeof expected[0] === "string" ? "string" : "int64");
            const got = Array.from(output.data as ArrayLike<bigint | string>, (value) =>
              typeof value === "bigint" ? Number(value) : value,
            );
            expect(
              record.labelRows.map((row) => got[row]),
              "labels",
            ).toEqual(record.labelRows.map((row) => expected[row]));
          } else {
            expect(output.type, `${name}'s type`).toBe("float32");
            const mismatch = firstMismatch(output.data as Float32Array, expected, record.rows);
            expect(mismatch, `${name} beyond relative ${RELATIVE} / absolute ${ABSOLUTE}`).toBe("");
          }
        }
      } finally {
        await session.release();
      }
    });
  });
});
