import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ContentValidationError } from "../../core/content/content-error.js";
import { loadDatasets } from "../../core/content/load-curriculum.js";
import { IssueLog } from "../../core/content/read-content-file.js";
import type { Curriculum, Exercise } from "../../shared/content/index.js";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import { createPyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import { cliCacheDir } from "../cache-dir.js";
import { cliContentDir, loadExerciseFolder } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import { pythonInterpreter } from "../python-interpreter.js";
import type { Command } from "../command.js";
import { verifyExercises } from "../verify-exercises.js";

export const exerciseCheckCommand: Command = {
  help: [
    "Usage: stepwise exercise check <folder> [<folder> ...]",
    "",
    "Validates each exercise folder (exercise.yaml, README.md, starter.py, solution.py, tests)",
    "and runs it the way the content check does: the solution must pass every test and the",
    "starter must fail at least one — on Pyodide when it needs no packages, and on your Python",
    "(STEPWISE_PYTHON, default python3) always. Works on folders outside content/ too, so a",
    "draft can be proven before it joins the curriculum. Exit code 0 when all are fine.",
  ].join("\n"),
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true });
    if (positionals.length === 0) throw new UsageError("Which exercise folders? Usage: stepwise exercise check <folder> [...]");
    const log = new IssueLog((path) => path);
    // The catalog, for exercises that read shipped datasets.
    const datasets = loadDatasets(cliContentDir(), log);
    const exercises: Exercise[] = [];
    for (const folder of positionals.map((path) => resolve(path))) {
      // The stage id only labels the exercise here.
      const exercise = loadExerciseFolder(folder, log);
      if (exercise) exercises.push(exercise);
    }
    if (log.issues.length > 0) {
      console.error(new ContentValidationError(log.issues).message);
      return 1;
    }
    const curriculum: Pick<Curriculum, "exercisesById" | "datasets"> = {
      exercisesById: new Map(exercises.map((exercise) => [exercise.id, exercise])),
      datasets,
    };
    const pyodide = createPyodideRuntime({ snapshotCacheDir: cliCacheDir() });
    const native = createNativeRuntime({ python: pythonInterpreter() });
    try {
      const problems = await verifyExercises(curriculum, { pyodide, native }, () => undefined);
      for (const problem of problems) console.error(`${problem.folder} [${problem.runtime}]: ${problem.problem}`);
      if (problems.length === 0)
        console.log(
          `${exercises.length} exercise${exercises.length === 1 ? "" : "s"} fine: every solution passes, every starter fails.`,
        );
      return problems.length === 0 ? 0 : 1;
    } finally {
      await Promise.all([pyodide.close(), native.close()]);
    }
  },
};
