import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runNotebookCells, type RunnableCell } from "./run-notebook-cells.js";

const python = process.env.STEPWISE_PYTHON ?? "python3";
const cwd = mkdtempSync(join(tmpdir(), "stepwise-notebook-cells-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const code = (id: string, source: string): RunnableCell => ({ id, type: "code", source });
const note: RunnableCell = { id: "note", type: "markdown", source: "print('markdown is never run')" };
const run = (cells: RunnableCell[]) => runNotebookCells({ python, cells, cwd, timeoutMs: 20_000 });

describe("running a notebook's code cells", () => {
  it("runs code cells in order in one namespace, in the given folder, and skips markdown", async () => {
    const outcome = await run([
      note,
      code("a", "total = 2"),
      note,
      code("b", "total *= 21\nopen('out.txt', 'w').write(str(total))\ntotal"),
    ]);
    expect(outcome).toMatchObject({ ok: true, cell: null, problem: null });
    expect(outcome.stdout).not.toMatch(/markdown/);
    expect(readFileSync(join(cwd, "out.txt"), "utf8")).toBe("42");
  });

  it("numbers cells as Jupyter shows them and keeps the failure however much the cells print", async () => {
    const outcome = await run([note, code("noisy", "print('x' * 400_000)"), code("divide", "a = 1\nb = a / 0")]);
    expect(outcome).toMatchObject({ ok: false, cell: 3, problem: "ZeroDivisionError: division by zero (line 2: b = a / 0)" });
  });

  it("reports a syntax error with the cell's line, and sys.exit as a failure of that cell", async () => {
    expect(await run([code("ok", "x = 1"), code("typo", "y = 2\nif x\n    y = 3")])).toMatchObject({
      ok: false,
      cell: 2,
      problem: expect.stringMatching(/^SyntaxError: .* \(line 2: if x\)$/),
    });
    expect(await run([code("leave", "import sys\nsys.exit(0)"), code("after", "pass")])).toMatchObject({
      ok: false,
      cell: 1,
      problem: "SystemExit: 0 (line 2: sys.exit(0))",
    });
  });
});
