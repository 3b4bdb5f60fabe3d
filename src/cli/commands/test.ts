import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { GradingResult } from "../../shared/grading/result.js";
import { exerciseDataFiles } from "../../core/datasets/exercise-data-files.js";
import { exerciseJob } from "../../runner/exercise-job.js";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import type { PythonRuntime } from "../../runner/python-runtime.js";
import { createPyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import { readExerciseMarker } from "../exercise-folder.js";
import { cliCurriculum, findExercise, UsageError } from "../load-content.js";
import { cliCacheDir } from "../cache-dir.js";
import { pythonInterpreter } from "../python-interpreter.js";
import type { Command } from "../command.js";

const SYMBOL = { pass: "✓", fail: "✗", error: "!" } as const;

/** The result as a person reads it in a terminal. */
export function formatResult(title: string, result: GradingResult): string {
  const lines = [`${title} — ${result.runtime}, ${result.durationMs} ms`];
  if (result.output)
    lines.push(
      "  printed while loading:",
      ...result.output
        .trimEnd()
        .split("\n")
        .map((line) => `    | ${line}`),
    );
  for (const test of result.tests) {
    lines.push(`  ${SYMBOL[test.status]} ${test.name}`);
    if (test.message) lines.push(...test.message.split("\n").map((line) => `      ${line}`));
    if (test.output && test.status !== "pass")
      lines.push(
        ...test.output
          .trimEnd()
          .split("\n")
          .map((line) => `      | ${line}`),
      );
  }
  lines.push("", result.message);
  return lines.join("\n");
}

export const testCommand: Command = {
  name: "test",
  summary: "Grade your solution against an exercise's tests",
  help: [
    "Usage: stepwise test [dir] [--runtime native|pyodide] [--json]",
    "       stepwise test --exercise <id> --file <path> [--runtime native|pyodide] [--json]",
    "",
    "Runs the exercise's tests against your code and prints each test's outcome. The first form",
    'grades <module>.py in a folder made by "stepwise exercise download" (default: the current',
    "folder). The tests always come from Stepwise, so editing the local test file changes nothing.",
    "Exit code 0 only when every test passed; 1 when some did not; 2 for a usage mistake.",
    "",
    "Options:",
    "  --exercise <id>   the exercise to grade against (with --file)",
    "  --file <path>     the Python file to grade",
    "  --runtime <name>  native (your python: STEPWISE_PYTHON, default python3) or pyodide (default native)",
    "  --json            print the results JSON (docs/results-format.md)",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        exercise: { type: "string" },
        file: { type: "string" },
        runtime: { type: "string", default: "native" },
        json: { type: "boolean" },
      },
      allowPositionals: true,
    });
    if (values.runtime !== "native" && values.runtime !== "pyodide") {
      throw new UsageError(`--runtime must be "native" or "pyodide", not "${values.runtime}".`);
    }
    const curriculum = cliCurriculum();
    let exerciseId: string;
    let file: string;
    if (values.exercise || values.file) {
      if (!values.exercise || !values.file)
        throw new UsageError("--exercise and --file go together: stepwise test --exercise <id> --file <path>");
      exerciseId = values.exercise;
      file = resolve(values.file);
    } else {
      const dir = resolve(positionals[0] ?? ".");
      exerciseId = readExerciseMarker(dir).exerciseId;
      file = join(dir, `${findExercise(curriculum, exerciseId).module}.py`);
    }
    const exercise = findExercise(curriculum, exerciseId);
    if (!existsSync(file)) throw new UsageError(`${file} does not exist.`);
    const code = readFileSync(file, "utf8");
    const runtime: PythonRuntime =
      values.runtime === "native"
        ? createNativeRuntime({ python: pythonInterpreter() })
        : createPyodideRuntime({ snapshotCacheDir: cliCacheDir() });
    if (!values.json && runtime.name === "pyodide") process.stderr.write("Loading Python (Pyodide)…\n");
    try {
      const result = await runtime.run(exerciseJob(exercise, code, "visible", exerciseDataFiles(exercise, curriculum.datasets)));
      console.log(values.json ? JSON.stringify(result, null, 2) : formatResult(exercise.title, result));
      return result.status === "pass" ? 0 : 1;
    } finally {
      await runtime.close();
    }
  },
};
