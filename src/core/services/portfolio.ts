import type { PortfolioEntry, PortfolioProfile, PortfolioResponse } from "../../shared/api/portfolio.js";
import { FEATURED_PROJECTS } from "../../shared/api/portfolio.js";
import type { Curriculum, Project } from "../../shared/content/index.js";
import { draftWriteUp } from "../../shared/portfolio/draft-write-up.js";
import type { ProjectFacts } from "../../shared/portfolio/project-facts.js";
import { scoreChartSvg } from "../../shared/portfolio/score-chart-svg.js";
import { skillsSummary } from "../../shared/portfolio/skills-summary.js";
import { formatScore } from "../../shared/projects/format-score.js";
import type { Database } from "../db/database-schema.js";
import { loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import type { PortfolioEntryRow } from "../db/portfolio.table.js";
import {
  findPortfolioProfile,
  listPortfolioEntries,
  replaceWithDraftIfUnchanged,
  savePortfolioEntry,
  savePortfolioProfile,
} from "../db/portfolio.repository.js";
import { listPublicScores } from "../db/project-submissions.repository.js";
import { gatherLearnerEvidence } from "./learner-evidence.js";
import { type EntrySetup, gatherProjectFacts } from "./portfolio-facts.js";

/** A refusal with the HTTP status that says why. */
export class PortfolioError extends Error {
  constructor(
    readonly status: 400 | 409,
    message: string,
  ) {
    super(message);
  }
}

const NEW_ENTRY: EntrySetup = { work_kind: "individual", collaborators_json: "[]", code_exercises_json: "[]" };
const EMPTY_PROFILE: PortfolioProfile = { name: "", headline: "", links: [] };

/** One project's write-up with everything a page or an export needs. */
export interface PortfolioProject {
  readonly entry: PortfolioEntry;
  readonly facts: ProjectFacts;
}

/** The score-over-submissions chart of a project, or null before its first submission. */
export function projectChart(facts: ProjectFacts): string | null {
  if (facts.submissions.length === 0) return null;
  return scoreChartSvg({
    title: `${facts.title}: public ${facts.metric.label} per submission`,
    metricLabel: facts.metric.label,
    lowerIsBetter: facts.metric.lowerIsBetter,
    scores: facts.submissions.map((submission) => submission.publicScore),
    baseline: facts.baseline?.publicScore ?? null,
    format: (value) => formatScore(facts.metric, value),
  });
}

function findProject(curriculum: Curriculum, projectId: string): Project {
  const project = curriculum.projects.find((item) => item.id === projectId);
  if (!project) {
    throw new PortfolioError(
      400,
      `There is no project "${projectId}". GET /api/projects lists them: ${curriculum.projects.map((item) => item.id).join(", ")}.`,
    );
  }
  return project;
}

async function projectEntry(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  project: Project,
  row: PortfolioEntryRow | undefined,
): Promise<PortfolioProject> {
  const facts = await gatherProjectFacts(db, curriculum, userId, project, row ?? NEW_ENTRY);
  // A write-up the learner never edited follows their data: a newer score shows without a re-draft.
  const markdown = row === undefined || row.markdown === row.drafted_markdown ? draftWriteUp(facts) : row.markdown;
  return {
    facts,
    entry: {
      projectId: project.id,
      title: project.title,
      markdown,
      edited: row !== undefined && row.markdown !== row.drafted_markdown,
      saved: row !== undefined,
      featured: row?.featured === 1,
      workKind: row?.work_kind ?? "individual",
      collaborators: JSON.parse(row?.collaborators_json ?? "[]") as PortfolioEntry["collaborators"],
      codeExercises: JSON.parse(row?.code_exercises_json ?? "[]") as string[],
      submissions: facts.submissions.length,
      chartSvg: projectChart(facts),
      updatedAt: row?.updated_at ?? null,
    },
  };
}

/** Every project the learner worked on (a submission or a saved write-up), in the curriculum's order. */
export async function portfolioProjects(db: Database, curriculum: Curriculum, userId: string): Promise<PortfolioProject[]> {
  const [rows, scores] = await Promise.all([listPortfolioEntries(db, userId), listPublicScores(db, userId)]);
  const worked = new Set([...rows.map((row) => row.project_id), ...scores.map((score) => score.project_id)]);
  return Promise.all(
    curriculum.projects
      .filter((project) => worked.has(project.id))
      .map((project) =>
        projectEntry(
          db,
          curriculum,
          userId,
          project,
          rows.find((row) => row.project_id === project.id),
        ),
      ),
  );
}

export async function portfolioProfile(db: Database, userId: string): Promise<PortfolioProfile> {
  const row = await findPortfolioProfile(db, userId);
  return row
    ? { name: row.name, headline: row.headline, links: JSON.parse(row.links_json) as PortfolioProfile["links"] }
    : EMPTY_PROFILE;
}

/** The portfolio page: profile, write-ups, verified skills and the exercises whose code may be quoted. */
export async function presentPortfolio(db: Database, curriculum: Curriculum, userId: string): Promise<PortfolioResponse> {
  const [profile, projects, evidence] = await Promise.all([
    portfolioProfile(db, userId),
    portfolioProjects(db, curriculum, userId),
    gatherLearnerEvidence(db, curriculum, userId),
  ]);
  return {
    profile,
    entries: projects.map((project) => project.entry),
    skills: skillsSummary(curriculum, evidence),
    solvedExercises: [...curriculum.exercisesById.values()]
      .filter((exercise) => evidence.solvedExercises.has(exercise.id))
      .map((exercise) => ({ id: exercise.id, title: exercise.title })),
  };
}

export interface EntryChanges {
  readonly markdown?: string | undefined;
  readonly featured?: boolean | undefined;
  readonly workKind?: "individual" | "team" | undefined;
  readonly collaborators?: readonly { name: string; url: string | null }[] | undefined;
  readonly codeExercises?: readonly string[] | undefined;
}

/**
 * Saves what the learner changed in a write-up, after checking all of it: a known project, at most
 * five featured, quoted exercises that they solved. A refusal changes nothing.
 */
export async function updateEntry(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  projectId: string,
  changes: EntryChanges,
  now: Date,
): Promise<PortfolioEntry> {
  const project = findProject(curriculum, projectId);
  return db.transaction().execute(async (trx) => {
    const rows = await listPortfolioEntries(trx, userId);
    const row = rows.find((item) => item.project_id === projectId);
    if (changes.featured === true && row?.featured !== 1) {
      const featured = rows.filter((item) => item.featured === 1).length;
      if (featured >= FEATURED_PROJECTS.max) {
        throw new PortfolioError(
          400,
          `You already feature ${featured} projects; the roadmap advises ${FEATURED_PROJECTS.min} to ${FEATURED_PROJECTS.max}. Unfeature one first.`,
        );
      }
    }
    if (changes.codeExercises) {
      const solved = await loadSolvedExerciseIds(trx, userId);
      const unsolved = changes.codeExercises.filter((id) => !solved.has(id));
      if (unsolved.length > 0) {
        throw new PortfolioError(
          400,
          `codeExercises: you have not solved ${unsolved.map((id) => `"${id}"`).join(", ")}; quote code whose tests passed, or paste it into the write-up.`,
        );
      }
    }
    // An unedited write-up is saved as today's draft, the one the learner was shown.
    const base = row && row.markdown !== row.drafted_markdown ? row : await freshRow(trx, curriculum, userId, project, now, row);
    const next: PortfolioEntryRow = {
      ...base,
      markdown: changes.markdown ?? base.markdown,
      featured: changes.featured === undefined ? base.featured : changes.featured ? 1 : 0,
      work_kind: changes.workKind ?? base.work_kind,
      collaborators_json: changes.collaborators ? JSON.stringify(changes.collaborators) : base.collaborators_json,
      code_exercises_json: changes.codeExercises ? JSON.stringify(changes.codeExercises) : base.code_exercises_json,
      updated_at: now.toISOString(),
    };
    await savePortfolioEntry(trx, next);
    return (await projectEntry(trx, curriculum, userId, project, next)).entry;
  });
}

async function freshRow(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  project: Project,
  now: Date,
  existing?: PortfolioEntryRow,
): Promise<PortfolioEntryRow> {
  const setup: EntrySetup = existing ?? NEW_ENTRY;
  const draft = draftWriteUp(await gatherProjectFacts(db, curriculum, userId, project, setup));
  return {
    user_id: userId,
    project_id: project.id,
    markdown: draft,
    drafted_markdown: draft,
    featured: existing?.featured ?? 0,
    work_kind: setup.work_kind,
    collaborators_json: setup.collaborators_json,
    code_exercises_json: setup.code_exercises_json,
    updated_at: now.toISOString(),
  };
}

/** Drafts the write-up again from today's data; refuses (409) to replace the learner's edits unless told to. */
export async function redraftEntry(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  projectId: string,
  overwrite: boolean,
  now: Date,
): Promise<PortfolioEntry> {
  const project = findProject(curriculum, projectId);
  const row = (await listPortfolioEntries(db, userId)).find((item) => item.project_id === projectId);
  if (row && row.markdown !== row.drafted_markdown && !overwrite) {
    throw new PortfolioError(
      409,
      'You have edited this write-up; a new draft would replace your edits. Send {"overwrite": true} to replace them, or keep editing.',
    );
  }
  const draft = draftWriteUp(await gatherProjectFacts(db, curriculum, userId, project, row ?? NEW_ENTRY));
  const next: PortfolioEntryRow = {
    ...(row ?? (await freshRow(db, curriculum, userId, project, now))),
    markdown: draft,
    drafted_markdown: draft,
    updated_at: now.toISOString(),
  };
  if (!row) await savePortfolioEntry(db, next);
  else if (!(await replaceWithDraftIfUnchanged(db, next, row.markdown))) {
    throw new PortfolioError(
      409,
      "The write-up changed while it was being drafted (an edit was saved); nothing was replaced. Reload and re-draft again if you still want a new draft.",
    );
  }
  return (await projectEntry(db, curriculum, userId, project, next)).entry;
}

export async function saveProfile(db: Database, userId: string, profile: PortfolioProfile, now: Date): Promise<PortfolioProfile> {
  await savePortfolioProfile(db, {
    user_id: userId,
    name: profile.name,
    headline: profile.headline,
    links_json: JSON.stringify(profile.links),
    updated_at: now.toISOString(),
  });
  return profile;
}
