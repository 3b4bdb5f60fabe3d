import { NotebookFileSchema, notebookCells, type Project } from "../../shared/content/index.js";
import { readText, type IssueLog } from "./read-content-file.js";

/** Roles that only exercise notebooks have: a project's notebook is the learner's whole, with nothing to strip. */
const EXERCISE_ROLES = new Set(["exercise", "solution", "tests"]);

/**
 * A project's `starter.ipynb` (docs/notebook-format.md), checked against the notebook schema and
 * the project it belongs to; undefined, with every problem logged, when it is missing or invalid.
 */
export function loadStarterNotebook(path: string, projectId: string, log: IssueLog): Project["starterNotebook"] | undefined {
  const text = readText(path, log);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    log.add(path, "(file)", `is not valid JSON: ${(error as Error).message}; save it from Jupyter or fix the syntax`);
    return undefined;
  }
  const result = NotebookFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) log.add(path, issue.path.length > 0 ? issue.path.join(".") : "(file)", issue.message);
    return undefined;
  }
  const notebook = result.data;
  let valid = true;
  const owner = "project" in notebook.metadata.stepwise ? notebook.metadata.stepwise.project : undefined;
  if (owner !== projectId) {
    log.add(
      path,
      "metadata.stepwise.project",
      owner === undefined ? `is missing: a project's notebook names its project ("${projectId}")` : `is "${owner}" but the notebook belongs to ${projectId}`,
    );
    valid = false;
  }
  notebook.cells.forEach((cell, index) => {
    if (EXERCISE_ROLES.has(cell.metadata.stepwise.role)) {
      log.add(path, `cells.${index}.metadata.stepwise.role`, `"${cell.metadata.stepwise.role}" belongs to exercise notebooks; a project's notebook has none`);
      valid = false;
    }
  });
  if (!notebook.cells.some((cell) => cell.cell_type === "code")) {
    log.add(path, "cells", "has no code cell; the notebook must train a baseline and write submission.csv");
    valid = false;
  }
  return valid ? { path, text, cells: notebookCells(notebook) } : undefined;
}
