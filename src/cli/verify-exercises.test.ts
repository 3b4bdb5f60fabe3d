import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNativeRuntime } from "../runner/native/native-runtime.js";
import { createPyodideRuntime } from "../runner/pyodide/pyodide-runtime.js";
import type { PythonRuntime } from "../runner/python-runtime.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import type { Curriculum, Exercise } from "../shared/content/index.js";
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
  afterAll(() => Promise.all([runtimes.pyodide.close(), runtimes.native.close()]));

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
});
