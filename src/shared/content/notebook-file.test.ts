import { describe, expect, it } from "vitest";
import { notebookCells, NotebookFileSchema } from "./notebook-file.js";

/** A small notebook as Jupyter saves it: sources as lists of lines. */
function notebook(): Record<string, unknown> & { cells: Record<string, unknown>[] } {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: "python3", display_name: "Python 3", language: "python" },
      language_info: { name: "python", version: "3.11.2" },
      stepwise: { project: "sp500-forecast" },
    },
    cells: [
      { id: "intro", cell_type: "markdown", metadata: { stepwise: { role: "intro" } }, source: ["# Title\n", "Text"] },
      {
        id: "setup",
        cell_type: "code",
        metadata: { stepwise: { role: "setup" }, tags: ["kept"] },
        source: "import pandas as pd",
        execution_count: null,
        outputs: [],
      },
    ],
  };
}

const issues = (value: unknown) =>
  NotebookFileSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("the notebook schema", () => {
  it("accepts a cleared nbformat 4.5 notebook and joins list sources into one string", () => {
    const parsed = NotebookFileSchema.parse(notebook());
    expect(notebookCells(parsed)).toEqual([
      { id: "intro", type: "markdown", role: "intro", source: "# Title\nText" },
      { id: "setup", type: "code", role: "setup", source: "import pandas as pd" },
    ]);
  });

  it("refuses a cell without an id, naming the cell", () => {
    const file = notebook();
    delete file.cells[1]?.id;
    expect(issues(file)).toEqual([expect.stringMatching(/^cells\.1\.id: is missing: every cell needs an id/)]);
  });

  it("refuses nbformat 3 and nbformat 4 before minor 5", () => {
    expect(issues({ ...notebook(), nbformat: 3 })).toEqual(["nbformat: must be 4"]);
    expect(issues({ ...notebook(), nbformat_minor: 4 })).toEqual([expect.stringMatching(/^nbformat_minor: must be at least 5/)]);
  });

  it("refuses repeated cell ids, a cell without a role, stored outputs and raw cells", () => {
    const repeated = notebook();
    (repeated.cells[1] as { id: string }).id = "intro";
    expect(issues(repeated)).toEqual([expect.stringMatching(/^cells\.1\.id: "intro" is used by an earlier cell/)]);

    const roleless = notebook();
    (roleless.cells[0] as { metadata: unknown }).metadata = {};
    expect(issues(roleless)).toEqual([expect.stringMatching(/^cells\.0\.metadata\.stepwise: needs \{role/)]);

    const run = notebook();
    Object.assign(run.cells[1] as object, { execution_count: 3, outputs: [{ output_type: "stream", name: "stdout", text: "1" }] });
    expect(issues(run)).toEqual([
      "cells.1.execution_count: must be null: ship the notebook with its outputs cleared",
      "cells.1.outputs: must be empty: ship the notebook with its outputs cleared",
    ]);

    const raw = notebook();
    raw.cells.push({ id: "raw", cell_type: "raw", metadata: { stepwise: { role: "next" } }, source: "" });
    expect(issues(raw)).toEqual([expect.stringMatching(/^cells\.2\.cell_type: must be "markdown" or "code"/)]);
  });

  it("refuses a notebook for another kernel or without its project", () => {
    const file = notebook();
    file.metadata = { kernelspec: { name: "ir", display_name: "R" }, language_info: { name: "R" } };
    expect(issues(file).map((issue) => issue.split(":")[0])).toEqual([
      "metadata.kernelspec.name",
      "metadata.language_info.name",
      "metadata.stepwise",
    ]);
  });
});
