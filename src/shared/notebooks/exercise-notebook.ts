import type { Exercise, NotebookFile } from "../content/index.js";
import { exerciseVersion } from "./exercise-version.js";
import { notebookCell as cell, stepwiseNotebook } from "./notebook-cells.js";

// Callers import the file form from here too, as they did before the cell helpers moved out.
export { notebookText } from "./notebook-cells.js";

/** What an exercise notebook is built from: the exercise, and the code to start the learner's cell with. */
export type NotebookExercise = Pick<Exercise, "id" | "title" | "module" | "instructions" | "hints" | "tests" | "datasets">;

/**
 * The Python of the last cell: makes the code above importable under the exercise's module name,
 * then runs every visible test and prints one line per test and a summary, the way `stepwise test`
 * reports (without its time and memory limits). The test file travels as a JSON string literal,
 * which is also a valid Python string literal, so no quoting in it can break the cell.
 */
function testsCellSource(exercise: NotebookExercise): string {
  return [
    "# Runs the exercise's visible tests against your code above. Re-run it after every change.",
    "import sys, types, unittest",
    "",
    `_module = types.ModuleType(${JSON.stringify(exercise.module)})`,
    '_module.__dict__.update({name: value for name, value in globals().items() if not name.startswith("_")})',
    `sys.modules[${JSON.stringify(exercise.module)}] = _module`,
    `_namespace = {"__name__": ${JSON.stringify(exercise.tests.filename.replace(/\.py$/, ""))}}`,
    `exec(compile(${JSON.stringify(exercise.tests.source)}, ${JSON.stringify(exercise.tests.filename)}, "exec"), _namespace)`,
    "",
    "_results = []",
    "for _name, _test in list(_namespace.items()):",
    '    if _name.startswith("test_") and callable(_test):',
    "        try:",
    "            _test()",
    "            _results.append((_name, None))",
    "        except Exception as _error:",
    '            _results.append((_name, f"{type(_error).__name__}: {_error}"))',
    "    elif isinstance(_test, type) and issubclass(_test, unittest.TestCase):",
    "        for _case in unittest.defaultTestLoader.loadTestsFromTestCase(_test):",
    "            _outcome = unittest.TestResult()",
    "            _case.run(_outcome)",
    "            _problems = _outcome.failures + _outcome.errors",
    '            _results.append((_case.id().split(".")[-1], _problems[0][1].strip().splitlines()[-1] if _problems else None))',
    "",
    "for _name, _problem in _results:",
    '    print(f"✓ {_name}" if _problem is None else f"✗ {_name}\\n    {_problem}")',
    "_passed = sum(1 for _, _problem in _results if _problem is None)",
    'print(f"\\nAll {_passed} tests passed." if _passed == len(_results) else f"\\n{_passed} of {len(_results)} tests passed.")',
  ].join("\n");
}

/**
 * An exercise as a Jupyter notebook (nbformat 4.5, docs/notebook-format.md): the instructions and
 * hints as Markdown, `code` in the cell the learner edits (role `exercise`), and a last cell that
 * runs the visible tests. Hidden tests never go in.
 */
export function exerciseNotebook(exercise: NotebookExercise, code: string): NotebookFile {
  const hints = exercise.hints
    .map((hint, index) => `<details><summary>Hint ${index + 1}</summary>\n\n${hint}\n\n</details>`)
    .join("\n\n");
  const dataNote =
    exercise.datasets.length > 0
      ? `\n\nThe tests read data files (${exercise.datasets.join(", ")}) from the notebook's folder: \`stepwise exercise download ${exercise.id} --notebook\` puts them there.`
      : "";
  const usesStepwise = /^\s*(from|import)\s+stepwise\b/m.test(exercise.tests.source);
  const helperNote = usesStepwise
    ? "\n\nThese tests use helpers from Stepwise's own Python package, so run them with `stepwise test` on this notebook."
    : "";
  return stepwiseNotebook({ exercise: exercise.id, version: exerciseVersion(exercise) }, [
    cell(
      "instructions",
      "markdown",
      "intro",
      `# ${exercise.title}\n\n${exercise.instructions.markdown.trim()}${hints ? `\n\n## Hints\n\n${hints}` : ""}`,
    ),
    cell("your-code", "code", "exercise", code.trimEnd()),
    cell(
      "check",
      "markdown",
      "tests",
      `## Check your code\n\nRun the next cell: it runs the exercise's visible tests against the code above. \`stepwise test ${exercise.id}.ipynb\` grades the same cell, and the site runs hidden tests too.${dataNote}${helperNote}`,
    ),
    cell("tests", "code", "tests", testsCellSource(exercise)),
  ]);
}

/** The learner's code in an exercise notebook: every `exercise` code cell, in order. */
export function exerciseCode(notebook: NotebookFile): string {
  return notebook.cells
    .filter((item) => item.cell_type === "code" && item.metadata.stepwise.role === "exercise")
    .map((item) => item.source.trimEnd())
    .join("\n\n");
}
