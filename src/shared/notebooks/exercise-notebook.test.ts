import { describe, expect, it } from "vitest";
import { validateAndRunNotebook } from "../../core/test-support/notebook-python.js";
import { testCurriculum } from "../../core/test-support/test-curriculum.js";
import { NotebookFileSchema } from "../content/index.js";
import { exerciseCode, exerciseNotebook, notebookText } from "./exercise-notebook.js";
import { exerciseVersion } from "./exercise-version.js";

const curriculum = testCurriculum();
const exerciseOf = (id: string) => {
  const exercise = curriculum.exercisesById.get(id);
  if (!exercise) throw new Error(`the test curriculum has no exercise ${id}`);
  return exercise;
};

describe("exerciseNotebook", () => {
  const exercise = exerciseOf("dot-product");
  const tests = (exercise.tests.source.match(/^def test_/gm) ?? []).length;

  it("is valid nbformat 4.5 whose test cell fails the starter and passes the reference solution", () => {
    expect(tests).toBeGreaterThan(0);
    const starter = notebookText(exerciseNotebook(exercise, exercise.starter));
    const starterRun = validateAndRunNotebook(starter);
    expect(starterRun).toContain(`0 of ${tests} tests passed.`);
    expect(starterRun).toMatch(/^✗ test_/m);
    const solved = validateAndRunNotebook(notebookText(exerciseNotebook(exercise, exercise.solution)));
    expect(solved).toContain(`All ${tests} tests passed.`);
    expect(solved).not.toMatch(/^✗/m);
  });

  it("says what it belongs to and puts the instructions, the code and the tests in cells with roles and unique ids", () => {
    const notebook = NotebookFileSchema.parse(exerciseNotebook(exercise, "def dot(u, v):\n    return 1\n"));
    expect(notebook).toMatchObject({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { stepwise: { exercise: "dot-product", version: exerciseVersion(exercise) } },
    });
    expect(notebook.metadata.kernelspec.name).toBe("python3");
    expect(notebook.cells.map((cell) => cell.metadata.stepwise.role)).toEqual(["intro", "exercise", "tests", "tests"]);
    expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(notebook.cells.length);
    expect(notebook.cells[0]?.source).toContain(`# ${exercise.title}`);
    expect(exerciseCode(notebook)).toBe("def dot(u, v):\n    return 1");
  });

  it("folds each hint away and never carries the hidden tests or the solution", () => {
    const bayes = exerciseOf("bayes-rule");
    const text = notebookText(exerciseNotebook(bayes, bayes.starter));
    expect(bayes.hints.length).toBeGreaterThan(0);
    expect(text.match(/<details><summary>Hint \d+<\/summary>/g)).toHaveLength(bayes.hints.length);
    expect(text).not.toContain("hidden_test_");
    expect(text).not.toContain(JSON.stringify(bayes.solution.trim()).slice(1, -1));
  });
});

describe("exerciseVersion", () => {
  const exercise = exerciseOf("dot-product");

  it("is 8 hex digits that stay put for the same tests and change when the visible tests or module change", () => {
    expect(exerciseVersion(exercise)).toMatch(/^[0-9a-f]{8}$/);
    expect(exerciseVersion({ module: exercise.module, tests: { ...exercise.tests } })).toBe(exerciseVersion(exercise));
    const edited = { ...exercise.tests, source: `${exercise.tests.source}\n# one more line\n` };
    expect(exerciseVersion({ module: exercise.module, tests: edited })).not.toBe(exerciseVersion(exercise));
    expect(exerciseVersion({ module: "other", tests: exercise.tests })).not.toBe(exerciseVersion(exercise));
    expect(exerciseVersion(exerciseOf("bayes-rule"))).not.toBe(exerciseVersion(exercise));
  });
});
