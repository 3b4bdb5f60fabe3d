import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNativeRuntime } from "../runner/native/native-runtime.js";
import { createPyodideRuntime } from "../runner/pyodide/pyodide-runtime.js";
import type { PythonRuntime } from "../runner/python-runtime.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import type { Curriculum, Exercise } from "../shared/content/index.js";
import { openProofCache } from "./proof-cache.js";
import { verifyExercises } from "./verify-exercises.js";

// The first run loads Pyodide from scratch: seconds, more on a busy machine.
describe("proving exercises", { timeout: 120_000 }, () => {
  let runtimes: { pyodide: PythonRuntime; native: PythonRuntime };
  beforeAll(() => {
    runtimes = {
      pyodide: createPyodideRuntime(),
      native: createNativeRuntime({ python: process.env.STEPWISE_PYTHON ?? "python3" }),
    };
  });
  const cacheDir = mkdtempSync(join(tmpdir(), "stepwise-verify-cache-"));
  afterAll(async () => {
    await Promise.all([runtimes.pyodide.close(), runtimes.native.close()]);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const only = (...exercises: Exercise[]): Curriculum => ({
    ...testCurriculum(),
    exercisesById: new Map(exercises.map((e) => [e.id, e])),
  });
  const real = (id: string): Exercise => {
    const exercise = testCurriculum().exercisesById.get(id);
    if (!exercise) throw new Error(`test setup: no exercise ${id}`);
    return exercise;
  };

  it("accepts a working exercise on both runtimes", async () => {
    const progress: number[] = [];
    const problems = await verifyExercises(only(real("dot-product")), runtimes, (done) => progress.push(done));
    expect(problems).toEqual([]);
    expect(progress).toEqual([1, 2]); // pyodide and native
  });

  it("names the folder and what failed for a broken solution and a starter that passes", async () => {
    const brokenSolution = { ...real("dot-product"), solution: "def dot(u, v):\n    return 0\n" };
    const passingStarter = { ...real("mean-and-variance"), starter: real("mean-and-variance").solution };
    const problems = await verifyExercises(only(brokenSolution, passingStarter), runtimes, () => undefined);
    expect(problems).toContainEqual({
      folder: expect.stringMatching(/exercises\/dot-product$/),
      runtime: "native",
      problem: expect.stringMatching(/^the solution does not pass — .*test_/),
    });
    expect(problems).toContainEqual({
      folder: expect.stringMatching(/exercises\/mean-and-variance$/),
      runtime: "pyodide",
      problem: "the starter passes every test; it must fail at least one",
    });
  });

  it("refuses an exercise without hidden tests, naming the file to add", async () => {
    const unguarded = { ...real("dot-product"), hiddenTests: null };
    const problems = await verifyExercises(only(unguarded), runtimes, () => undefined);
    expect(problems.map((item) => item.problem)).toEqual([
      expect.stringMatching(/^has no hidden tests: add hidden_test_dot_product\.py/),
      expect.stringMatching(/^has no hidden tests: add hidden_test_dot_product\.py/),
    ]);
  });

  it("refuses a test file whose tests the grader would read otherwise than the harness runs them", async () => {
    const dotProduct = real("dot-product");
    const inherited =
      "\n\nimport unittest\n\n\nclass Base(unittest.TestCase):\n    pass\n\n\nclass More(Base):\n    def test_more(self):\n        self.assertEqual(dot([1], [2]), 2)\n";
    const indirect = { ...dotProduct, tests: { ...dotProduct.tests, source: dotProduct.tests.source + inherited } };
    const problems = await verifyExercises(only(indirect), runtimes, () => undefined);
    expect(problems.map((item) => item.problem)).toContainEqual(
      expect.stringMatching(/^the grader reads the tests of test_dot_product\.py as .*, but the harness ran .*More\.test_more/),
    );
  });

  it("proves the hidden tests too: an answer table that passes the visible tests is caught", async () => {
    const bayes = real("bayes-rule");
    expect(bayes.hiddenTests?.filename).toBe("hidden_test_bayes_rule.py");
    expect(await verifyExercises(only(bayes), runtimes, () => undefined)).toEqual([]);
    // A "solution" that knows only the visible cases' answers passes them and fails the hidden ones.
    const visibleOnly = `
def _exact(prior, sensitivity, specificity):
    ill = sensitivity * prior
    return ill / (ill + (1 - specificity) * (1 - prior))

# The visible tests' inputs, answered; anything else gets the prior back.
ANSWERS = {args: _exact(*args) for args in [
    (0.01, 0.99, 0.95), (0.10, 0.99, 0.95), (0.5, 0.8, 0.9), (0.3, 0.4, 0.6), (0.01, 0.5, 1.0), (0.0, 0.99, 0.95)]}

def posterior(prior, sensitivity, specificity):
    for value in (prior, sensitivity, specificity):
        if not 0.0 <= value <= 1.0:
            raise ValueError("not a probability")
    if (prior, sensitivity, specificity) == (0.0, 0.9, 1.0):
        raise ValueError("a positive result is impossible")
    return ANSWERS.get((prior, sensitivity, specificity), prior)
`;
    const fitted = { ...bayes, solution: visibleOnly, starter: visibleOnly };
    const problems = await verifyExercises(only(fitted), runtimes, () => undefined);
    expect(problems).toContainEqual({
      folder: expect.stringMatching(/exercises\/bayes-rule$/),
      runtime: "native",
      problem: expect.stringMatching(/^the solution does not pass hidden_test_bayes_rule\.py — .*test_a_grid/),
    });
    expect(problems.filter((problem) => problem.problem.startsWith("the solution does not pass — "))).toEqual([]);
  });

  it("does not prove again what a proof cache holds, and adds new proofs to it", async () => {
    let runs = 0;
    const counting = (runtime: PythonRuntime): PythonRuntime => ({
      name: runtime.name,
      run: (job) => {
        runs += 1;
        return runtime.run(job);
      },
      close: () => runtime.close(),
    });
    const path = join(cacheDir, "proofs.json");
    const counted = { pyodide: counting(runtimes.pyodide), native: counting(runtimes.native) };
    const first = openProofCache(path, { pyodide: "p", native: "n" });
    expect(await verifyExercises(only(real("dot-product")), counted, () => undefined, first)).toEqual([]);
    expect(runs).toBe(8); // solution and starter, visible and hidden tests, on both runtimes
    first.save();
    const second = openProofCache(path, { pyodide: "p", native: "n" });
    const progress: number[] = [];
    expect(await verifyExercises(only(real("dot-product")), counted, (done) => progress.push(done), second)).toEqual([]);
    expect(runs).toBe(8);
    expect(second.hits).toBe(2);
    expect(progress).toEqual([1, 2]);
  });
});
