import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { exerciseNotebook, notebookText } from "../shared/notebooks/exercise-notebook.js";
import { projectNotebook } from "../shared/notebooks/project-notebook.js";
import { exerciseVersion } from "../shared/notebooks/exercise-version.js";
import { readNotebookSubmission } from "./notebook-submission.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-notebook-submission-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const curriculum = testCurriculum();
const exercise = curriculum.exercisesById.get("dot-product");
if (!exercise) throw new Error("the test curriculum has no dot-product exercise");

/** Writes a file into the scratch folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe("readNotebookSubmission", () => {
  it("reads the exercise and every exercise cell's code, in order, ignoring the tests cell", () => {
    const notebook = exerciseNotebook(exercise, "def dot(u, v):\n    return helper(u, v)\n");
    notebook.cells.splice(2, 0, {
      ...notebook.cells[1],
      id: "helper",
      source: "def helper(u, v):\n    return sum(a * b for a, b in zip(u, v))",
    } as (typeof notebook.cells)[number]);
    expect(readNotebookSubmission(file("two-cells.ipynb", notebookText(notebook)))).toEqual({
      exerciseId: "dot-product",
      version: exerciseVersion(exercise),
      code: "def dot(u, v):\n    return helper(u, v)\n\ndef helper(u, v):\n    return sum(a * b for a, b in zip(u, v))",
    });
  });

  it("refuses a notebook whose exercise cell is empty, saying which cell holds the solution", () => {
    const path = file("empty.ipynb", notebookText(exerciseNotebook(exercise, "   \n")));
    expect(() => readNotebookSubmission(path)).toThrow(/has no code in a cell with role "exercise"/);
  });

  it("refuses a project notebook with what to do instead, and a notebook Stepwise did not make", () => {
    const project = curriculum.projects.find((candidate) => candidate.id === "sp500-forecast");
    if (!project) throw new Error("the test curriculum has no sp500-forecast project");
    const projectPath = file("project.ipynb", notebookText(projectNotebook(project)));
    expect(() => readNotebookSubmission(projectPath)).toThrow(/project "sp500-forecast".*stepwise submit sp500-forecast/);

    const foreign = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] };
    expect(() => readNotebookSubmission(file("foreign.ipynb", JSON.stringify(foreign)))).toThrow(
      /foreign\.ipynb is not a Stepwise notebook: metadata\./,
    );
    expect(() => readNotebookSubmission(join(work, "missing.ipynb"))).toThrow(/missing\.ipynb does not exist/);
  });
});
