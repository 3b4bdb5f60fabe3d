import type { Curriculum, Project, ProjectMetricId } from "../../shared/content/index.js";
import type { ModelCard } from "../../shared/api/index.js";
import type { ProjectFacts } from "../../shared/portfolio/project-facts.js";
import { PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import type { Database } from "../db/database-schema.js";
import type { PortfolioEntryRow } from "../db/portfolio.table.js";
import { findVersionCard, latestPassingCode } from "../db/portfolio.repository.js";
import { findClosure, listSubmissions, projectSubmissions } from "../db/project-submissions.repository.js";
import { listTopicNotes } from "../db/topic-notes.repository.js";
import { prepareProject } from "../projects/project-data-cache.js";
import { buildLeaderboard } from "./leaderboard.js";
import { linkedModels } from "./submissions.js";

/** How a write-up is set up: who it was with and which code it quotes (defaults for a project not yet saved). */
export type EntrySetup = Pick<PortfolioEntryRow, "work_kind" | "collaborators_json" | "code_exercises_json">;

/**
 * Everything Stepwise recorded about a learner's work on a project, for drafting its write-up.
 * Only the learner's own data and what the project page shows them: never hidden labels, never
 * another learner's submissions (the leaderboard gives their rank, nothing else).
 */
export async function gatherProjectFacts(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  project: Project,
  setup: EntrySetup,
): Promise<ProjectFacts> {
  const prepared = prepareProject(curriculum, project);
  const primary = project.metrics[0] as ProjectMetricId;
  const metric = PROJECT_METRIC_TABLE[primary];
  const [rows, closure, allRows, notes] = await Promise.all([
    listSubmissions(db, userId, project.id),
    findClosure(db, project.id),
    projectSubmissions(db, project.id),
    listTopicNotes(db, userId),
  ]);
  const closed = closure !== undefined;
  const chronological = [...rows].reverse();
  const board = buildLeaderboard(prepared, allRows, closed).filter((entry) => !entry.isBaseline);
  const mine = board.find((entry) => entry.userId === userId);
  const baselinePublic = prepared.baselineScores.public[primary];
  const topicIds = new Set([
    project.topic,
    ...project.steps.flatMap((step) => (step.exercise ? [curriculum.exercisesById.get(step.exercise)?.topicId ?? ""] : [])),
  ]);
  const codeIds = JSON.parse(setup.code_exercises_json) as string[];
  const code = await Promise.all(
    codeIds.map(async (id) => ({
      title: curriculum.exercisesById.get(id)?.title ?? id,
      code: (await latestPassingCode(db, userId, id)) ?? "",
    })),
  );
  return {
    projectId: project.id,
    title: project.title,
    summary: project.summary,
    datasetTitle: curriculum.datasets.find((dataset) => dataset.id === project.dataset)?.title ?? project.dataset,
    trainRows: prepared.data.trainRows,
    testRows: prepared.data.testIds.length,
    metric: { label: metric.label, lowerIsBetter: metric.direction === "lower", format: metric.format },
    submissions: chronological.map((row) => ({
      createdAt: row.created_at,
      description: row.description,
      publicScore: row.public_score,
      privateScore: closed ? row.private_score : null,
    })),
    closed,
    rank: mine?.rank ? { rank: mine.rank, of: board.length } : null,
    baseline:
      baselinePublic === undefined
        ? null
        : {
            name: prepared.data.baseline.name,
            publicScore: baselinePublic,
            privateScore: closed ? (prepared.baselineScores.private[primary] ?? null) : null,
          },
    notes: notes
      .filter((note) => topicIds.has(note.topic_id) && note.text.trim() !== "")
      .map((note) => ({ topicTitle: curriculum.topicsById.get(note.topic_id)?.title ?? note.topic_id, text: note.text })),
    model: await deployedModel(db, userId, rows),
    code: code.filter((excerpt) => excerpt.code !== ""),
    workKind: setup.work_kind,
    collaborators: JSON.parse(setup.collaborators_json) as ProjectFacts["collaborators"],
  };
}

/** The model behind the newest submission that has one linked, with its card. */
async function deployedModel(
  db: Database,
  userId: string,
  rows: Parameters<typeof linkedModels>[1],
): Promise<ProjectFacts["model"]> {
  const links = await linkedModels(db, rows);
  const link = rows.map((row) => links.get(row.id)).find((item) => item !== undefined);
  if (!link) return null;
  const card = JSON.parse((await findVersionCard(db, userId, link.name, link.version)) ?? "{}") as Partial<ModelCard>;
  return {
    name: link.name,
    version: link.version,
    reproduced: link.reproduced,
    endpoint: `/api/models/${encodeURIComponent(link.name)}/versions/${link.version}/predict`,
    description: card.description ?? "",
    trainingData: card.trainingData ?? "",
    metrics: card.metrics ?? [],
  };
}
