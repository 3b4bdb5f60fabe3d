import { relative } from "node:path";
import type { Curriculum, Exercise } from "../shared/content/index.js";
import type { GradingResult } from "../shared/grading/result.js";
import type { DataFile } from "../shared/grading/grading-job.js";
import { exerciseDataFiles } from "../core/datasets/exercise-data-files.js";
import { testNamesIn } from "../runner/audited-run.js";
import { exerciseJob } from "../runner/exercise-job.js";
import type { PythonRuntime } from "../runner/python-runtime.js";
import type { ProofCache } from "./proof-cache.js";

export interface ExerciseProblem {
  readonly folder: string;
  readonly runtime: string;
  readonly problem: string;
}

/** Fewer tests cannot cover the simple case and the edge cases. */
const MIN_TESTS = 4;

function firstFailure(result: GradingResult): string {
  const test = result.tests.find((item) => item.status !== "pass");
  return test ? `${test.name}: ${test.message ?? test.status}` : result.message;
}

/**
 * The grader checks a sandboxed run's report against the test names it reads from the file itself
 * (runner/audited-run.ts); a file it reads otherwise than the harness would fail every learner.
 */
function namesProblem(tests: { readonly filename: string; readonly source: string }, ran: GradingResult): string[] {
  const read = testNamesIn(tests.source);
  const run = ran.tests.map((test) => test.name).sort();
  if (JSON.stringify(read) === JSON.stringify(run)) return [];
  return [
    `the grader reads the tests of ${tests.filename} as ${read.join(", ") || "none"}, but the harness ran ${run.join(", ")}: define tests as top-level "def test_…" functions or "test…" methods of a class deriving from TestCase, written out in the file`,
  ];
}

async function verifyOne(exercise: Exercise, runtime: PythonRuntime, dataFiles: readonly DataFile[]): Promise<string[]> {
  const problems: string[] = [];
  const job = (source: string, which: "visible" | "hidden" = "visible") => exerciseJob(exercise, source, which, dataFiles);
  const solution = await runtime.run(job(exercise.solution));
  if (solution.status !== "pass") problems.push(`the solution does not pass — ${solution.message} ${firstFailure(solution)}`);
  else if (solution.tests.length < MIN_TESTS)
    problems.push(`only ${solution.tests.length} tests; an exercise needs at least ${MIN_TESTS}, edge cases included`);
  else problems.push(...namesProblem(exercise.tests, solution));
  const starter = await runtime.run(job(exercise.starter));
  if (starter.tests.length === 0) problems.push(`the starter does not run — ${starter.message}`);
  else if (starter.status === "pass") problems.push("the starter passes every test; it must fail at least one");
  if (!exercise.hiddenTests) {
    problems.push(
      `has no hidden tests: add hidden_test_${exercise.module}.py, the same skill on other inputs, so that answers fitted to the visible tests fail on the grading sandbox (docs/exercise-format.md, "Hidden tests")`,
    );
  } else {
    const hidden = exercise.hiddenTests.filename;
    const solutionHidden = await runtime.run(job(exercise.solution, "hidden"));
    if (solutionHidden.status !== "pass")
      problems.push(`the solution does not pass ${hidden} — ${solutionHidden.message} ${firstFailure(solutionHidden)}`);
    else problems.push(...namesProblem(exercise.hiddenTests, solutionHidden));
    const starterHidden = await runtime.run(job(exercise.starter, "hidden"));
    if (starterHidden.status === "pass") problems.push(`the starter passes every test of ${hidden}; it must fail at least one`);
  }
  return problems;
}

/**
 * Proves every exercise: it has hidden tests, and the solution passes every test and the starter
 * fails at least one, of the visible tests and of the hidden ones —
 * on Pyodide for standard-library exercises, and on native Python for all. With a `cache`, a
 * proof it already holds is not run again, and every new proof is added to it.
 */
export async function verifyExercises(
  curriculum: Pick<Curriculum, "exercisesById" | "datasets">,
  runtimes: { pyodide: PythonRuntime; native: PythonRuntime },
  onProgress: (done: number, total: number) => void,
  cache?: Pick<ProofCache, "isProved" | "proved">,
): Promise<ExerciseProblem[]> {
  const tasks: { exercise: Exercise; runtime: PythonRuntime }[] = [];
  for (const exercise of curriculum.exercisesById.values()) {
    if (exercise.requires.length === 0) tasks.push({ exercise, runtime: runtimes.pyodide });
    tasks.push({ exercise, runtime: runtimes.native });
  }
  let done = 0;
  const problems: ExerciseProblem[] = [];
  await Promise.all(
    tasks.map(async ({ exercise, runtime }) => {
      if (!cache?.isProved(exercise, runtime.name)) {
        const found = await verifyOne(exercise, runtime, exerciseDataFiles(exercise, curriculum.datasets));
        for (const problem of found) {
          problems.push({ folder: relative(process.cwd(), exercise.folder), runtime: runtime.name, problem });
        }
        if (found.length === 0) cache?.proved(exercise, runtime.name);
      }
      done += 1;
      onProgress(done, tasks.length);
    }),
  );
  return problems.sort((a, b) => a.folder.localeCompare(b.folder) || a.runtime.localeCompare(b.runtime));
}
