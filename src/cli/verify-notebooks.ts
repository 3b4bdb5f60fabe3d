import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Curriculum, Project, ProjectMetricId } from "../shared/content/index.js";
import { PROJECT_METRIC_TABLE } from "../shared/projects/project-metrics.js";
import type { Scores } from "../shared/projects/score-submission.js";
import { scoreSubmission } from "../shared/projects/score-submission.js";
import { SubmissionError, validateSubmission } from "../shared/projects/validate-submission.js";
import { projectFiles } from "../core/projects/build-project-data.js";
import { prepareProject, type PreparedProject } from "../core/projects/project-data-cache.js";
import { NOTEBOOK_DRIVER, runNotebookCells } from "../runner/native/run-notebook-cells.js";
import { createSemaphore } from "../runner/semaphore.js";
import { checkWithNbformat } from "./nbformat-check.js";
import { hashParts, type KeyCache } from "./proof-cache.js";

/** docs/notebook-format.md promises a notebook runs in under 60 s; twice that, so a busy machine does not fail one within budget. */
export const NOTEBOOK_TIME_LIMIT_MS = 120_000;

/** How much worse than the baseline row a notebook may score: rounding noise only, so it may tie the baseline but not fall below it. */
export const BASELINE_TOLERANCE = 1e-6;

export interface NotebookProblem {
  /** The notebook's path, relative to the working directory. */
  readonly path: string;
  readonly problem: string;
}

export interface NotebookRun {
  readonly projectId: string;
  readonly seconds: number;
  /** The submission's scores on the ranking metric and the others, public and private. */
  readonly scores: { readonly public: Scores; readonly private: Scores };
}

export interface NotebookReport {
  readonly problems: NotebookProblem[];
  /** How many notebooks this check ran, passing or not. */
  readonly ran: number;
  /** The runs that got as far as scoring their submission, in project order. */
  readonly runs: NotebookRun[];
  /** Notebooks that passed before, unchanged, and were not run again. */
  readonly reused: number;
}

const bytes = (values: Float64Array | Uint8Array) => new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

/** Everything a notebook's proof depends on: the notebook, the project's files and hidden answers, the check and the interpreter. */
export function notebookProofKey(prepared: PreparedProject, environment: string): string {
  const { project, data } = prepared;
  return hashParts([
    "notebook",
    NOTEBOOK_DRIVER,
    String(BASELINE_TOLERANCE),
    project.id,
    project.metrics.join(","),
    project.starterNotebook.text,
    ...projectFiles(data).map(({ file }) => file.text),
    data.hidden.kind === "values" ? bytes(data.hidden.truth) : data.hidden.relevant.map((set) => [...set].join(" ")).join("\n"),
    bytes(data.hidden.isPublic),
    environment,
  ]);
}

/** Why the submission is worse than the baseline row on the ranking metric, or null when it is not. */
function belowBaseline(prepared: PreparedProject, scores: NotebookRun["scores"]): string | null {
  const metric = PROJECT_METRIC_TABLE[prepared.project.metrics[0] as ProjectMetricId];
  const worse: string[] = [];
  for (const part of ["public", "private"] as const) {
    const own = scores[part][metric.id];
    const baseline = prepared.baselineScores[part][metric.id];
    if (own === undefined || baseline === undefined) {
      worse.push(`no ${metric.label} on the ${part} part`);
      continue;
    }
    const slack = BASELINE_TOLERANCE * Math.abs(baseline);
    if (metric.direction === "higher" ? own < baseline - slack : own > baseline + slack)
      worse.push(`${metric.label} ${own.toPrecision(4)} on the ${part} part, the baseline row ${baseline.toPrecision(4)}`);
  }
  return worse.length === 0
    ? null
    : `its submission scores worse than the leaderboard's baseline (${worse.join("; ")}); the notebook's model must at least match it`;
}

/** Runs one notebook in a fresh folder holding the project's files; its problems, and the run when it got as far as scoring. */
async function runOne(
  prepared: PreparedProject,
  python: string,
  timeoutMs: number,
): Promise<{ problems: string[]; run: NotebookRun | null }> {
  const { project, data } = prepared;
  const cwd = mkdtempSync(join(tmpdir(), `stepwise-notebook-${project.id}-`));
  try {
    for (const { name, file } of projectFiles(data)) writeFileSync(join(cwd, name), file.text);
    const { cells } = project.starterNotebook;
    const outcome = await runNotebookCells({ python, cells, cwd, timeoutMs });
    if (!outcome.ok) {
      const id = outcome.cell === null ? undefined : cells[outcome.cell - 1]?.id;
      const where = outcome.cell === null ? "does not run" : `cell ${outcome.cell}${id ? ` ("${id}")` : ""} fails`;
      return { problems: [`${where}: ${outcome.problem ?? "failed"}`], run: null };
    }
    const path = join(cwd, "submission.csv");
    if (!existsSync(path)) return { problems: ["runs but writes no submission.csv in its working folder"], run: null };
    let parsed: ReturnType<typeof validateSubmission>;
    try {
      parsed = validateSubmission(readFileSync(path, "utf8"), data.spec, data.testIds, data.positionOf);
    } catch (error) {
      if (!(error instanceof SubmissionError)) throw error;
      return { problems: [`its submission.csv would be refused: ${error.message}`], run: null };
    }
    const scores = scoreSubmission(project.metrics, data.hidden, parsed);
    const worse = belowBaseline(prepared, scores);
    return { problems: worse ? [worse] : [], run: { projectId: project.id, seconds: outcome.seconds, scores } };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/**
 * Proves every project's starter notebook (docs/notebook-format.md): valid under nbformat's own
 * schema, its code cells run top to bottom in one Python process beside the project's files, and
 * the submission.csv it writes passes the learners' validation and scores no worse than the
 * leaderboard's baseline row. With a `cache`, a notebook proved before under the same key is not
 * run again, and every new proof is added to it.
 */
export async function verifyNotebooks(
  curriculum: Curriculum,
  options: {
    readonly python: string;
    /** What identifies the interpreter and its packages (see runtimeEnvironments). */
    readonly environment: string;
    readonly onProgress?: (done: number, total: number) => void;
    /** Per notebook; NOTEBOOK_TIME_LIMIT_MS unless a test needs a shorter one. */
    readonly timeoutMs?: number;
    readonly cache?: Pick<KeyCache, "has" | "add">;
  },
): Promise<NotebookReport> {
  const problems: NotebookProblem[] = [];
  const shown = (project: Project) => relative(process.cwd(), project.starterNotebook.path);
  const pending: { prepared: PreparedProject; key: string }[] = [];
  let reused = 0;
  for (const project of curriculum.projects) {
    let prepared: PreparedProject;
    try {
      prepared = prepareProject(curriculum, project);
    } catch (error) {
      // verifyProjects reports why the data cannot be built; this only says the notebook was not run.
      problems.push({
        path: shown(project),
        problem: `not run: the project's files cannot be built (${(error as Error).message})`,
      });
      continue;
    }
    const key = notebookProofKey(prepared, options.environment);
    if (options.cache?.has(key)) reused += 1;
    else pending.push({ prepared, key });
  }

  const formats = await checkWithNbformat(
    options.python,
    pending.map(({ prepared }) => prepared.project.starterNotebook.text),
  );
  const limit = createSemaphore(2);
  const runs: NotebookRun[] = [];
  let done = 0;
  await Promise.all(
    pending.map(({ prepared, key }, index) =>
      limit(async () => {
        const found = await runOne(prepared, options.python, options.timeoutMs ?? NOTEBOOK_TIME_LIMIT_MS);
        const format = formats[index];
        const all = format ? [format, ...found.problems] : found.problems;
        for (const problem of all) problems.push({ path: shown(prepared.project), problem });
        if (found.run) runs.push(found.run);
        if (all.length === 0) options.cache?.add(key);
        done += 1;
        options.onProgress?.(done, pending.length);
      }),
    ),
  );
  const order = curriculum.projects.map((project) => project.id);
  runs.sort((a, b) => order.indexOf(a.projectId) - order.indexOf(b.projectId));
  problems.sort((a, b) => a.path.localeCompare(b.path));
  return { problems, ran: pending.length, runs, reused };
}
