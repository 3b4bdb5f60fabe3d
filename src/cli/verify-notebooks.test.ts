import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import type { Curriculum, NotebookCell, Project } from "../shared/content/index.js";
import { openKeyCache } from "./proof-cache.js";
import { verifyNotebooks } from "./verify-notebooks.js";

const python = process.env.STEPWISE_PYTHON ?? "python3";
const work = mkdtempSync(join(tmpdir(), "stepwise-verify-notebooks-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sentiment = (): Project => {
  const found = testCurriculum().projects.find((project) => project.id === "review-sentiment");
  if (!found) throw new Error("test setup: no review-sentiment project");
  return found;
};
const PATH = "content/projects/review-sentiment/starter.ipynb";

/** The sentiment project with its notebook replaced by these code cells (after an intro), written as nbformat 4.5. */
function withNotebook(sources: Record<string, string>, cellMetadata: Record<string, unknown> = {}): Curriculum {
  const project = sentiment();
  const cells: NotebookCell[] = [
    { id: "intro", type: "markdown", role: "intro", source: "# A fixture" },
    ...Object.entries(sources).map(([id, source]): NotebookCell => ({ id, type: "code", role: "baseline", source })),
  ];
  const text = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: "python3", display_name: "Python 3" },
      language_info: { name: "python" },
      stepwise: { project: project.id },
    },
    cells: cells.map((cell) => ({
      id: cell.id,
      cell_type: cell.type,
      metadata: { stepwise: { role: cell.role }, ...cellMetadata },
      source: cell.source,
      ...(cell.type === "code" ? { execution_count: null, outputs: [] } : {}),
    })),
  });
  const changed: Project = { ...project, starterNotebook: { ...project.starterNotebook, text, cells } };
  return { ...testCurriculum(), projects: [changed] };
}

const TIE = { copy: "import shutil\nshutil.copy('sample_submission.csv', 'submission.csv')" };

describe("running the projects' starter notebooks", { timeout: 120_000 }, () => {
  it("passes the real sentiment notebook, whose naive Bayes beats the baseline row, and reports its scores", async () => {
    const report = await verifyNotebooks({ ...testCurriculum(), projects: [sentiment()] }, { python, environment: "test" });
    expect(report.problems).toEqual([]);
    expect(report.ran).toBe(1);
    expect(report.runs[0]?.scores.public.f1).toBeGreaterThan(0.75);
    expect(report.runs[0]?.scores.private.roc_auc).toBeGreaterThan(0.8);
  });

  it("lets a notebook tie the baseline, and does not run it again once it passed unchanged", async () => {
    const path = join(work, "notebook-proofs.json");
    const first = openKeyCache(path);
    expect(await verifyNotebooks(withNotebook(TIE), { python, environment: "test", cache: first })).toMatchObject({
      problems: [],
      ran: 1,
      reused: 0,
    });
    first.save();
    const again = await verifyNotebooks(withNotebook(TIE), { python, environment: "test", cache: openKeyCache(path) });
    expect(again).toMatchObject({ problems: [], ran: 0, reused: 1 });
    const edited = await verifyNotebooks(withNotebook({ copy: `${TIE.copy}\n` }), {
      python,
      environment: "test",
      cache: openKeyCache(path),
    });
    expect(edited).toMatchObject({ ran: 1, reused: 0 });
    const otherPython = await verifyNotebooks(withNotebook(TIE), {
      python,
      environment: "newer pandas",
      cache: openKeyCache(path),
    });
    expect(otherPython).toMatchObject({ ran: 1, reused: 0 });
  });

  it("names the cell that fails, its id, the error and the line", async () => {
    const report = await verifyNotebooks(withNotebook({ setup: "x = 1", broken: "print(x)\nprint(undefined_name)", ...TIE }), {
      python,
      environment: "test",
    });
    expect(report.problems).toEqual([
      {
        path: PATH,
        problem: `cell 3 ("broken") fails: NameError: name 'undefined_name' is not defined (line 2: print(undefined_name))`,
      },
    ]);
  });

  it("names the cell still running at the time limit", async () => {
    const report = await verifyNotebooks(withNotebook({ quick: "x = 1", spin: "while True:\n    pass" }), {
      python,
      environment: "test",
      timeoutMs: 1500,
    });
    expect(report.problems).toEqual([{ path: PATH, problem: 'cell 3 ("spin") fails: did not finish within 1.5 s' }]);
  });

  it("reports a missing submission, one the learners' validation refuses, and one worse than the baseline row", async () => {
    const missing = await verifyNotebooks(withNotebook({ nothing: "pass" }), { python, environment: "test" });
    expect(missing.problems).toEqual([{ path: PATH, problem: "runs but writes no submission.csv in its working folder" }]);

    const invalid = await verifyNotebooks(
      withNotebook({ write: "open('submission.csv', 'w').write('id,label\\nr0007,great\\n')" }),
      {
        python,
        environment: "test",
      },
    );
    expect(invalid.problems).toEqual([
      {
        path: PATH,
        problem: expect.stringMatching(
          /^its submission.csv would be refused: Line 2, column label: "great" is not one of the labels/,
        ),
      },
    ]);

    const allNegative = [
      "import csv",
      "rows = list(csv.reader(open('sample_submission.csv')))",
      "with open('submission.csv', 'w', newline='') as out:",
      "    csv.writer(out).writerows([rows[0]] + [[row[0], 'negative'] for row in rows[1:]])",
    ].join("\n");
    const worse = await verifyNotebooks(withNotebook({ write: allNegative }), { python, environment: "test" });
    expect(worse.problems).toEqual([
      {
        path: PATH,
        problem: expect.stringMatching(
          /^its submission scores worse than the leaderboard's baseline \(F1 0\.000 on the public part, the baseline row 0\.7\d+; F1 0\.000 on the private part/,
        ),
      },
    ]);
  });

  it("reports a notebook that nbformat's own schema refuses, and says what to install when nbformat is missing", async () => {
    const refused = await verifyNotebooks(withNotebook(TIE, { collapsed: "yes" }), { python, environment: "test" });
    expect(refused.problems).toEqual([{ path: PATH, problem: expect.stringMatching(/^is not valid nbformat: .*cells\[1\]/) }]);

    // -S leaves out site-packages, where nbformat is installed; the notebook itself needs only the standard library.
    const bare = join(work, "python-without-packages");
    writeFileSync(bare, `#!/bin/sh\nexec ${python} -S "$@"\n`);
    chmodSync(bare, 0o755);
    const missing = await verifyNotebooks(withNotebook(TIE), { python: bare, environment: "bare" });
    expect(missing.problems).toEqual([
      { path: PATH, problem: expect.stringMatching(/has no nbformat; install Debian's python3-nbformat/) },
    ]);
  });
});
