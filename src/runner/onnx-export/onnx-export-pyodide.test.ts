import { spawnSync } from "node:child_process";
import { describe, it } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import { expectPassOnPyodide } from "../test-support/expect-pass-on-pyodide.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

// A learner's networks as plain lists (Pyodide here has no numpy), exported three ways: a
// classifier with string classes, a binary sigmoid classifier and a regressor.
const EXPORTER = `
from stepwise.export import mlp_to_onnx

HIDDEN = ([[0.5, -1.0, 0.25], [1.5, 0.5, -0.75]], [0.1, 0.0, -0.1], "relu")
SECOND = ([[1.0, -1.0], [0.5, 0.25], [-0.5, 2.0]], [0.0, 0.2], "tanh")


def export_all():
    softmax = mlp_to_onnx([HIDDEN, SECOND, ([[1.0, 0.0, -1.0], [0.3, 0.3, 0.3]], [0.0, 0.1, 0.2], "softmax")],
                          classes=["cat", "dog", "fish"], name="animals")
    sigmoid = mlp_to_onnx([HIDDEN, ([0.7, -0.2, 1e-3], 0.5, "sigmoid")], classes=[3, 8])
    regressor = mlp_to_onnx([HIDDEN, SECOND, ([[2.5], [-1.25]], [1e6], "identity")], task="regressor")
    return softmax + sigmoid + regressor
`;

/** The SHA-256 and length of export_all()'s bytes in CPython, the reference. */
function cpythonDigest(): { sha256: string; length: number } {
  const result = spawnSync(
    PYTHON,
    [
      "-c",
      "import hashlib, json, sys\nns = {}\nexec(sys.stdin.read(), ns)\ndata = ns['export_all']()\nprint(json.dumps({'sha256': hashlib.sha256(data).hexdigest(), 'length': len(data)}))",
    ],
    { input: EXPORTER, encoding: "utf8", env: { ...process.env, PYTHONPATH: PYTHON_PACKAGE_ROOT } },
  );
  if (result.status !== 0) throw new Error(`${PYTHON} could not export: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as { sha256: string; length: number };
}

describe("stepwise.export in Pyodide", () => {
  it("writes the very same bytes as in CPython, with the harness files Pyodide is given", async () => {
    const reference = cpythonDigest();
    const job: GradingJob = {
      learnerSource: EXPORTER,
      module: "exporter",
      testSource: [
        "import hashlib",
        "from exporter import export_all",
        "",
        "def test_same_bytes_as_cpython():",
        "    data = export_all()",
        `    assert (len(data), hashlib.sha256(data).hexdigest()) == (${reference.length}, "${reference.sha256}")`,
        "",
      ].join("\n"),
      testFilename: "test_exporter.py",
      timeLimitMs: 20_000,
    };
    await expectPassOnPyodide(job);
  }, 60_000);
});
