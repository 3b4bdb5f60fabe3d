import type { NotebookCellRole, NotebookFile } from "../content/index.js";

/** One cell of a Stepwise notebook, as nbformat 4.5 stores it. */
export type NotebookFileCell = NotebookFile["cells"][number];

/**
 * A cell with its id and `metadata.stepwise.role` (docs/notebook-format.md). Code cells are
 * cleared (no execution count, no outputs): outputs come from the learner's own run.
 */
export function notebookCell(id: string, type: "markdown" | "code", role: NotebookCellRole, source: string): NotebookFileCell {
  return type === "markdown"
    ? { id, cell_type: "markdown", metadata: { stepwise: { role } }, source }
    : { id, cell_type: "code", metadata: { stepwise: { role } }, source, execution_count: null, outputs: [] };
}

/** A notebook for Python 3 that says what it belongs to: an exercise or a project. */
export function stepwiseNotebook(owner: NotebookFile["metadata"]["stepwise"], cells: NotebookFileCell[]): NotebookFile {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: "python3", display_name: "Python 3", language: "python" },
      language_info: { name: "python" },
      stepwise: owner,
    },
    cells,
  };
}

/** The notebook as a file: JSON with one-space indentation, as Jupyter writes it. */
export function notebookText(notebook: NotebookFile): string {
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
