import type { NotebookFile, Project } from "../content/index.js";
import { notebookCell, stepwiseNotebook, type NotebookFileCell } from "./notebook-cells.js";

/** What a project notebook is built from: the brief, the steps and the project's worked starter notebook. */
export type NotebookProject = Pick<Project, "id" | "title" | "summary" | "briefMarkdown" | "steps" | "starterNotebook">;

/** The brief cell's id, made unique against the starter's own ids so the notebook stays valid nbformat. */
function freeId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n += 1) id = `${wanted}-${n}`;
  return id;
}

/** The brief and the project's steps as Markdown: what the page says, so the notebook stands on its own. */
function briefMarkdown(project: NotebookProject): string {
  const steps = project.steps
    .map((step, index) => {
      const exercise = step.exercise ? ` (exercise: \`stepwise exercise download ${step.exercise} --notebook\`)` : "";
      return `${index + 1}. **${step.title}.** ${step.body.trim()}${exercise}`;
    })
    .join("\n");
  return [
    `# ${project.title}`,
    project.summary.trim(),
    project.briefMarkdown.trim(),
    `## Steps\n\n${steps}`,
    "## This notebook\n\n" +
      "The cells below are the project's worked starter: they load `train.csv`, `test.csv` and `sample_submission.csv` " +
      `from this notebook's folder (\`stepwise project download ${project.id}\` puts them there), train a simple baseline ` +
      `and write \`submission.csv\`. Run them from the top, then submit the file on the project page or with ` +
      `\`stepwise submit ${project.id} submission.csv\`, and improve on the baseline from there.`,
  ].join("\n\n");
}

/**
 * A project as one Jupyter notebook (nbformat 4.5, docs/notebook-format.md): the brief and steps as
 * an `intro` Markdown cell, then every cell of the project's starter notebook in order (setup,
 * exploration, the baseline and the cell that writes submission.csv), cleared of outputs.
 */
export function projectNotebook(project: NotebookProject): NotebookFile {
  const starter: NotebookFileCell[] = project.starterNotebook.cells.map((cell) =>
    notebookCell(cell.id, cell.type, cell.role, cell.source),
  );
  const taken = new Set(starter.map((cell) => cell.id));
  return stepwiseNotebook({ project: project.id }, [
    notebookCell(freeId("brief", taken), "markdown", "intro", briefMarkdown(project)),
    ...starter,
  ]);
}
