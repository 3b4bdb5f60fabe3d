import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import { expectPassOnPyodide } from "../test-support/expect-pass-on-pyodide.js";

// stepwise.onnx_reader (python/stepwise/onnx_reader.py) decodes ONNX files with the standard
// library, for exercises that check an exported file in the browser, where the onnx package is
// not available. The onnx package is the judge: reader_cases.py reads the same files with both
// and prints both views in one layout.
const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const CASES_SCRIPT = fileURLToPath(new URL("./reader_cases.py", import.meta.url));

function runCases(command: "views" | "refusals"): unknown {
  const result = spawnSync(PYTHON, [CASES_SCRIPT, command], {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: PYTHON_PACKAGE_ROOT },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${PYTHON} ${CASES_SCRIPT} ${command} failed: ${result.stderr || result.error?.message}. ` +
        "Install python3-numpy, python3-sklearn and python3-onnx, and set STEPWISE_PYTHON.",
    );
  }
  return JSON.parse(result.stdout);
}

interface Views {
  readonly views: Record<string, { readonly reader: unknown; readonly onnx: unknown }>;
}

describe("stepwise.onnx_reader reads what the onnx package reads", () => {
  const { views } = runCases("views") as Views;

  it("covers every exported kind of model and the hand-made files", () => {
    const cases = Object.keys(views);
    expect(cases.length).toBeGreaterThan(30);
    expect(cases).toContain("Pipeline(StandardScaler, LogisticRegression)");
    expect(cases).toContain("RandomForestClassifier (3 classes)");
    expect(cases).toEqual(expect.arrayContaining(["mlp 784-32-10", "every element type", "every kind of field"]));
  });

  it.each(Object.keys(views))("%s", (name) => {
    const view = views[name];
    expect(view?.reader).toEqual(view?.onnx);
  });

  it("gives an exported classifier's signature: input [N, F] float, label int64 and probabilities float", () => {
    const graph = (views["mlp 784-32-10"]?.reader as { graph: { inputs: unknown[]; outputs: unknown[] } }).graph;
    expect(graph.inputs).toEqual([{ name: "input", kind: "tensor", elem_type: 1, shape: ["N", 784] }]);
    expect(graph.outputs).toEqual([
      { name: "label", kind: "tensor", elem_type: 7, shape: ["N"] },
      { name: "probabilities", kind: "tensor", elem_type: 1, shape: ["N", 10] },
    ]);
  });
});

// Each kind of bad bytes must raise ValueError with a message that says what is wrong.
const REFUSALS: readonly (readonly [string, RegExp])[] = [
  ["empty", /^not an ONNX model: the data is empty/],
  ["text", /^not an ONNX model: ModelProto field 13 uses the wire type group end.*\(at byte 2\)/],
  ["JSON", /^not an ONNX model: ModelProto field 15 uses the wire type group start/],
  ["PNG header", /^not an ONNX model: .*field numbered 0/],
  ["cut in half", /^not an ONNX model: ModelProto field 7 says it holds \d+ bytes, but only \d+ are left/],
  ["a graph without its model", /ModelProto\.ir_version \(field 1\) should be varint but is length-delimited/],
  ["a model without a graph", /there is no graph/],
  ["a model without ir_version", /there is no ir_version/],
  ["raw data of the wrong length", /tensor 'layer0_weights': raw_data of 14 bytes is not a whole number of float values/],
  ["dims that do not match the data", /tensor 'layer0_weights' of shape \[3, 2\] should hold 6 values but holds 4/],
  ["a name that is not UTF-8", /GraphProto\.name is not valid UTF-8 text/],
  ["an endless number", /a number is longer than 10 bytes \(at byte 1\)/],
];

describe("stepwise.onnx_reader refuses bytes that are not an ONNX model", () => {
  const outcomes = runCases("refusals") as Record<string, { type: string | null; message: string }>;

  it("tries every listed case, and only those", () => {
    expect(Object.keys(outcomes).sort()).toEqual(REFUSALS.map(([name]) => name).sort());
  });

  it.each(REFUSALS)("%s", (name, message) => {
    expect(outcomes[name]?.type).toBe("ValueError");
    expect(outcomes[name]?.message).toMatch(message);
  });
});

// The exercises that check an exported file run their tests in the browser too.
const READER_JOB = `
from stepwise.export import mlp_to_onnx
from stepwise.onnx_reader import describe, read_model


def summary():
    data = mlp_to_onnx([([[0.5, -1.0, 0.25], [1.5, 0.5, -0.75]], [0.1, 0.0, -0.1], "relu"),
                        ([[1.0, 0.0], [0.3, 0.3], [-0.2, 0.4]], [0.0, 0.1], "softmax")],
                       classes=["cat", "dog"], name="pets")
    model = read_model(data)
    return describe(model) + "\\n" + repr(model.graph.tensor("classes").values)
`;

function cpythonSummary(): string {
  const result = spawnSync(PYTHON, ["-c", "import sys\nns = {}\nexec(sys.stdin.read(), ns)\nprint(ns['summary']())"], {
    input: READER_JOB,
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: PYTHON_PACKAGE_ROOT },
  });
  if (result.status !== 0) throw new Error(`${PYTHON} could not read the model: ${result.stderr || result.error?.message}`);
  return result.stdout.trimEnd();
}

describe("stepwise.onnx_reader in Pyodide", () => {
  it("reads an exported file back as in CPython", async () => {
    const reference = cpythonSummary();
    expect(reference).toContain("input   input: float[N, 2]");
    const job: GradingJob = {
      learnerSource: READER_JOB,
      module: "reader_job",
      testSource: [
        "from reader_job import summary",
        "",
        "def test_same_summary_as_cpython():",
        `    assert summary() == ${JSON.stringify(reference)}`,
        "",
      ].join("\n"),
      testFilename: "test_reader_job.py",
      timeLimitMs: 20_000,
    };
    await expectPassOnPyodide(job);
  }, 60_000);
});
