import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const BAD_INPUTS_SCRIPT = fileURLToPath(new URL("./bad_inputs.py", import.meta.url));
const PACKAGE_DIR = join(PYTHON_PACKAGE_ROOT, "stepwise");

function runPython(args: string[]): string {
  const result = spawnSync(PYTHON, args, {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: PYTHON_PACKAGE_ROOT },
  });
  if (result.status !== 0) {
    throw new Error(
      `${PYTHON} failed: ${result.stderr || result.error?.message}. Install python3-sklearn and set STEPWISE_PYTHON.`,
    );
  }
  return result.stdout;
}

// Each bad input must be refused with the exception type and a message that says what to do.
const REFUSALS: readonly (readonly [string, string, RegExp])[] = [
  ["unfitted LogisticRegression", "ValueError", /LogisticRegression is not fitted yet .*call fit\(X, y\)/],
  ["unfitted Pipeline", "ValueError", /Pipeline step 'standardscaler' \(StandardScaler\) is not fitted yet/],
  [
    "unsupported estimator",
    "TypeError",
    /cannot export SVC \(from sklearn\)\. It exports StandardScaler, .*LogisticRegression.*Pipeline/,
  ],
  ["not a model", "TypeError", /cannot export str \(from builtins\)/],
  ["Pipeline with an unsupported step", "TypeError", /Pipeline step 'pca' \(PCA\): stepwise\.export cannot export PCA/],
  [
    "Pipeline with KMeans before the end",
    "ValueError",
    /'kmeans' \(KMeans\) comes before the last step .*StandardScaler or MinMaxScaler/,
  ],
  ["multilabel MLPClassifier", "ValueError", /multilabel output .*one label per row/],
  ["tree fitted on two target columns", "ValueError", /fitted on 2 target columns/],
  ["classes that are neither integers nor strings", "TypeError", /all integers or all strings, got 0\.5 \(float\)/],
  ["classes of mixed types", "TypeError", /all integers or all strings, got 'b' \(str\)/],
  ["n_features that disagrees with the model", "ValueError", /n_features=7, but the model was fitted on 3 features/],
  ["unsupported activation", "ValueError", /layer 0: activation 'gelu' is not supported; use one of 'relu', 'tanh', 'sigmoid'/],
  ["layers whose shapes do not chain", "ValueError", /layer 1: weights have 3 rows but the layer receives 4 values/],
  ["classifier ending in relu", "ValueError", /last layer must end in 'softmax' .* or 'sigmoid' .*got 'relu'/],
  ["softmax in a hidden layer", "ValueError", /layer 0: 'softmax' is only supported as the last layer of a classifier/],
  ["NaN weight", "ValueError", /layer 0: weights holds nan: NaN or infinite weights cannot be exported/],
  ["bias of the wrong length", "ValueError", /layer 0: the bias has 3 values but the weights have 4 columns/],
  ["classes of the wrong length", "ValueError", /classes lists 3 labels but the network predicts 2 classes/],
  ["unknown task", "ValueError", /task must be 'classifier' or 'regressor'/],
];

describe("stepwise.export refuses what it cannot export, saying why", () => {
  const outcomes = JSON.parse(runPython([BAD_INPUTS_SCRIPT])) as Record<string, { type: string | null; message: string }>;

  it("tries every listed case, and only those", () => {
    expect(Object.keys(outcomes).sort()).toEqual(REFUSALS.map(([name]) => name).sort());
  });

  it.each(REFUSALS)("%s", (name, type, message) => {
    expect(outcomes[name]?.type).toBe(type);
    expect(outcomes[name]?.message).toMatch(message);
  });
});

// Pyodide has only the standard library; onnx-export-pyodide.test.ts runs one path through the
// exporter there, and this finds an import of anything else on any path, lazy ones included.
const IMPORTS_OUTSIDE_STDLIB = `
import ast, json, pathlib, sys
outside = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module]
        else:
            continue
        own = {"stepwise"}  # run_native.py, a script, imports the package by name
        outside.setdefault(path.name, []).extend(n for n in names if n.split(".")[0] not in sys.stdlib_module_names | own)
print(json.dumps({name: found for name, found in outside.items() if found}))
`;

describe("the stepwise package imports nothing outside the standard library", () => {
  it("in any of its modules", () => {
    expect(JSON.parse(runPython(["-c", IMPORTS_OUTSIDE_STDLIB, PACKAGE_DIR]))).toEqual({});
  });

  it("(the check itself finds such an import)", () => {
    const dir = mkdtempSync(join(tmpdir(), "stepwise-imports-"));
    try {
      writeFileSync(join(dir, "bad.py"), "import json\n\ndef f():\n    from numpy import asarray\n");
      expect(JSON.parse(runPython(["-c", IMPORTS_OUTSIDE_STDLIB, dir]))).toEqual({ "bad.py": ["numpy"] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
