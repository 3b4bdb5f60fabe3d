import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPythonScript } from "./run-script.js";

/** One notebook cell, as the runner needs it. */
export interface RunnableCell {
  readonly id: string;
  readonly type: "markdown" | "code";
  readonly source: string;
}

export interface NotebookRunOutcome {
  readonly ok: boolean;
  /** The cell that failed or was still running at the time limit: 1-based among all cells, as Jupyter shows them. */
  readonly cell: number | null;
  /** What went wrong, e.g. `NameError: name 'x' is not defined (line 2: print(x))`; null when every cell ran. */
  readonly problem: string | null;
  readonly stdout: string;
  readonly seconds: number;
}

/**
 * Runs the code cells in one namespace, as a kernel does. Each cell is compiled as `<cell N>`, so
 * a traceback points into the cell; the number of the running cell and any failure are written
 * to files outside the notebook's folder, so they survive however much the cells print. The
 * paths CELLS, PROGRESS and FAILURE are defined before it.
 */
export const NOTEBOOK_DRIVER = `
import json, sys, traceback

with open(CELLS, encoding="utf-8") as file:
    cells = json.load(file)
namespace = {"__name__": "__main__"}
for number, source in cells:
    with open(PROGRESS, "w") as file:
        file.write(str(number))
    name = f"<cell {number}>"
    try:
        exec(compile(source, name, "exec"), namespace)
    except BaseException as error:
        line = error.lineno if isinstance(error, SyntaxError) and error.filename == name else None
        for frame in traceback.extract_tb(error.__traceback__):
            if frame.filename == name:
                line = frame.lineno
        message = traceback.format_exception_only(type(error), error)[-1].strip()
        with open(FAILURE, "w", encoding="utf-8") as file:
            json.dump({"cell": number, "line": line, "message": message}, file)
        sys.stdout.flush()
        sys.exit(1)
`;

function describeFailure(
  cells: readonly RunnableCell[],
  failure: { cell: number; line: number | null; message: string },
): string {
  const where = failure.line === null ? "" : (cells[failure.cell - 1]?.source.split("\n")[failure.line - 1]?.trim() ?? "");
  return `${failure.message}${failure.line === null ? "" : ` (line ${failure.line}${where ? `: ${where}` : ""})`}`;
}

/**
 * Runs a notebook's code cells in order in one Python process in `cwd`, stopping at the first
 * cell that raises; killed with its process group at `timeoutMs`. Markdown cells are skipped but
 * counted, so cell numbers match the notebook.
 */
export async function runNotebookCells(options: {
  python: string;
  cells: readonly RunnableCell[];
  cwd: string;
  timeoutMs: number;
}): Promise<NotebookRunOutcome> {
  const work = mkdtempSync(join(tmpdir(), "stepwise-notebook-run-"));
  const paths = { cells: join(work, "cells.json"), progress: join(work, "progress"), failure: join(work, "failure.json") };
  const started = performance.now();
  try {
    const code = options.cells.flatMap((cell, index) => (cell.type === "code" ? [[index + 1, cell.source] as const] : []));
    writeFileSync(paths.cells, JSON.stringify(code));
    // A JSON string literal is also a valid Python one, so the paths need no other quoting.
    const locations = JSON.stringify(JSON.stringify([paths.cells, paths.progress, paths.failure]));
    const outcome = await runPythonScript({
      python: options.python,
      code: `import json\nCELLS, PROGRESS, FAILURE = json.loads(${locations})\n${NOTEBOOK_DRIVER}`,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
    });
    const seconds = (performance.now() - started) / 1000;
    if (outcome.ok) return { ok: true, cell: null, problem: null, stdout: outcome.stdout, seconds };
    const failure = readJson(paths.failure) as { cell: number; line: number | null; message: string } | null;
    if (failure)
      return { ok: false, cell: failure.cell, problem: describeFailure(options.cells, failure), stdout: outcome.stdout, seconds };
    const running = readJson(paths.progress) as number | null;
    return { ok: false, cell: running, problem: outcome.problem ?? "failed", stdout: outcome.stdout, seconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
