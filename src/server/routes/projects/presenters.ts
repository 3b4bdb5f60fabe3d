import { STARTER_NOTEBOOK_FILE, type Curriculum, type Project, type ProjectMetricId } from "../../../shared/content/index.js";
import { isBetter, PROJECT_METRIC_TABLE } from "../../../shared/projects/project-metrics.js";
import { describeValue } from "../../../shared/projects/validate-submission.js";
import type { ProjectSubmissionRow } from "../../../core/db/project-submissions.table.js";
import type { PreparedProject } from "../../../core/projects/project-data-cache.js";
import { numericTestInputs } from "../../../core/services/model-check.js";
import { projectFiles } from "../../../core/projects/build-project-data.js";

const FILE_DESCRIPTIONS = {
  "train.csv": "Training rows with the target: learn from these.",
  "test.csv": "Test inputs without the target: predict one value for each id.",
  "sample_submission.csv": "A valid submission in the right format (the baseline's predictions): start from it.",
  "corpus.csv": "The documents to rank: doc_id, title and text of each.",
  "starter.ipynb": "A Jupyter notebook that loads these files, trains a simple baseline and writes submission.csv.",
} as const;

/** The files a learner downloads: the project's data, then the starter notebook. */
function handedOut(data: PreparedProject["data"]): { name: keyof typeof FILE_DESCRIPTIONS; rows: number | null }[] {
  return [
    ...projectFiles(data).map(({ name, file }) => ({ name, rows: file.rows })),
    { name: STARTER_NOTEBOOK_FILE, rows: null },
  ];
}

export function presentMetric(id: ProjectMetricId) {
  const { label, direction, format } = PROJECT_METRIC_TABLE[id];
  return { id, label, direction, format };
}

export function presentProjectSummary(project: Project, closed: boolean, own: readonly ProjectSubmissionRow[]) {
  const metric = PROJECT_METRIC_TABLE[project.metrics[0] as ProjectMetricId];
  const best = own
    .map((row) => row.public_score)
    .reduce<number | null>((a, b) => (a === null || isBetter(metric, b, a) ? b : a), null);
  return {
    id: project.id,
    title: project.title,
    summary: project.summary,
    datasetId: project.dataset,
    topicId: project.topic,
    primaryMetric: presentMetric(metric.id),
    closed,
    mySubmissions: own.length,
    myBestPublicScore: best,
  };
}

function describeSplit(project: Project, prepared: PreparedProject): string {
  const { data } = prepared;
  const share = Math.round((data.publicRows / data.testIds.length) * 100);
  if (project.split.kind === "time") {
    return `Time-based: training rows end before ${project.split.test_from}; the test rows are the ${data.testIds.length} dates from then on. The public leaderboard scores the first ${data.publicRows} test dates (${share} %), the private one the later ${data.testIds.length - data.publicRows}.`;
  }
  return `Random, with a fixed seed: ${data.trainRows} training rows and ${data.testIds.length} test rows. The public leaderboard scores ${data.publicRows} test rows (${share} %) picked at random; the private one scores the other ${data.testIds.length - data.publicRows}.`;
}

export function presentProject(
  curriculum: Curriculum,
  prepared: PreparedProject,
  closure: { readonly late_since: string | null } | undefined,
  own: readonly ProjectSubmissionRow[],
  limits: { dailySubmissions: number; usedToday: number; resetsAt: string; maxFinal: number },
) {
  const { project, data } = prepared;
  const inputs = numericTestInputs(prepared);
  return {
    ...presentProjectSummary(project, closure !== undefined, own),
    lateSubmissions: closure !== undefined && closure.late_since !== null,
    briefHtml: project.briefHtml,
    steps: project.stepsHtml.map((step) => {
      const exercise = step.exercise ? curriculum.exercisesById.get(step.exercise) : undefined;
      return { title: step.title, html: step.html, exercise: exercise ? { id: exercise.id, title: exercise.title } : null };
    }),
    metrics: project.metrics.map(presentMetric),
    files: handedOut(data).map(({ name, rows }) => ({
      name,
      description: FILE_DESCRIPTIONS[name],
      rows,
      url: `/api/projects/${encodeURIComponent(project.id)}/files/${name}`,
    })),
    submission: {
      header: [data.spec.idColumn, data.spec.valueColumn],
      idColumn: data.spec.idColumn,
      valueColumn: data.spec.valueColumn,
      valueHelp: describeValue(data.spec.value),
      rows: data.testIds.length,
    },
    split: {
      trainRows: data.trainRows,
      testRows: data.testIds.length,
      publicRows: data.publicRows,
      description: describeSplit(project, prepared),
    },
    limits,
    modelInputs: inputs
      ? { count: inputs.columns.length, first: inputs.columns[0] ?? "", last: inputs.columns.at(-1) ?? "" }
      : null,
  };
}
