import { randomUUID } from "node:crypto";
import type { ProjectMetricId } from "../../shared/content/index.js";
import { scoreSubmission } from "../../shared/projects/score-submission.js";
import { validateSubmission } from "../../shared/projects/validate-submission.js";
import type { Database } from "../db/database-schema.js";
import type { DialectName } from "../db/database.js";
import {
  countSubmissionsSince,
  findClosure,
  insertSubmission,
  setDescription,
  listSubmissionModels,
  listSubmissions,
  lockLearnerProject,
  setFinal,
  type LeaderboardRow,
} from "../db/project-submissions.repository.js";
import type { ProjectSubmissionRow } from "../db/project-submissions.table.js";
import type { PreparedProject } from "../projects/project-data-cache.js";
import { buildLeaderboard, MAX_FINAL_SUBMISSIONS } from "./leaderboard.js";

/** A refusal the learner can act on; `status` is the HTTP status it maps to. */
export class CompetitionError extends Error {
  constructor(
    readonly status: 404 | 409 | 429,
    message: string,
  ) {
    super(message);
  }
}

/** The start of the current UTC day and of the next one: daily limits reset at UTC midnight, as Kaggle's do. */
export function utcDay(now: Date): { start: string; next: string } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { start: start.toISOString(), next: new Date(start.getTime() + 86_400_000).toISOString() };
}

/** The deployed model linked to a submission, as its owner sees it. */
export interface LinkedModel {
  readonly name: string;
  readonly version: number;
  readonly reproduced: boolean;
}

/** The deployed models linked to these submissions, by submission id. */
export async function linkedModels(db: Database, rows: readonly ProjectSubmissionRow[]): Promise<Map<string, LinkedModel>> {
  const links = await listSubmissionModels(
    db,
    rows.map((row) => row.id),
  );
  return new Map(
    links.map((link) => [
      link.submission_id,
      { name: link.model_name, version: link.version, reproduced: link.reproduced === 1 },
    ]),
  );
}

/** A stored submission as learners see it; private scores only once the competition is closed. */
export function presentSubmission(row: ProjectSubmissionRow, closed: boolean, model: LinkedModel | null = null) {
  return {
    id: row.id,
    createdAt: row.created_at,
    fileName: row.file_name,
    kind: row.kind,
    publicScores: JSON.parse(row.public_scores_json) as Record<string, number>,
    privateScores: closed ? (JSON.parse(row.private_scores_json) as Record<string, number>) : null,
    final: row.final === 1,
    late: row.late === 1,
    imported: row.imported === 1,
    description: row.description,
    model,
  };
}

export interface SubmitInput {
  readonly dialect: DialectName;
  readonly userId: string;
  readonly text: string;
  readonly fileName: string;
  readonly description: string | null;
  readonly dailyLimit: number;
  readonly now: Date;
  /** The submissions of the board the new one is ranked on, read after it is stored (see boardScope). */
  readonly boardRows: () => Promise<readonly LeaderboardRow[]>;
}

/**
 * Checks the competition is open and the daily limit not reached, validates and scores the file,
 * and only then stores it — a refused or malformed submission stores nothing and does not count.
 */
export async function submit(db: Database, prepared: PreparedProject, input: SubmitInput) {
  const { project, data } = prepared;
  const day = utcDay(input.now);
  // Checked first to refuse at once, and again inside the transaction, where it is authoritative.
  await checkOpenAndUnderLimit(db, prepared, input, day);
  // Validation and scoring are the slow part; they run before the transaction so it stays short.
  const parsed = validateSubmission(input.text, data.spec, data.testIds, data.positionOf);
  const scores = scoreSubmission(project.metrics, data.hidden, parsed);
  const primary = project.metrics[0] as ProjectMetricId;
  const row: ProjectSubmissionRow = {
    id: randomUUID(),
    user_id: input.userId,
    project_id: project.id,
    file_name: input.fileName,
    kind: parsed.kind,
    public_scores_json: JSON.stringify(scores.public),
    private_scores_json: JSON.stringify(scores.private),
    public_score: scores.public[primary] as number,
    private_score: scores.private[primary] as number,
    final: 0,
    description: input.description,
    created_at: input.now.toISOString(),
    imported: 0,
    late: 0,
  };
  const { usedToday, stored } = await db.transaction().execute(async (trx) => {
    await lockLearnerProject(trx, input.dialect, input.userId, project.id);
    const check = await checkOpenAndUnderLimit(trx, prepared, input, day);
    const stored: ProjectSubmissionRow = { ...row, late: check.late ? 1 : 0 };
    await insertSubmission(trx, stored, input.text);
    return { usedToday: check.usedToday + 1, stored };
  });
  const late = stored.late === 1;
  const board = buildLeaderboard(prepared, await input.boardRows(), late).filter((entry) => !entry.isBaseline);
  return {
    // A late submission is scored on both boards, since the competition is over, and never ranked.
    submission: presentSubmission(stored, late),
    rank: late ? null : (board.find((entry) => entry.userId === input.userId)?.rank ?? board.length),
    of: board.length,
    usedToday,
    dailySubmissions: input.dailyLimit,
  };
}

/**
 * Refuses when the competition is closed without taking late submissions, or today's submissions
 * are used up; says how many are used and whether this one is late.
 */
async function checkOpenAndUnderLimit(
  db: Database,
  prepared: PreparedProject,
  input: SubmitInput,
  day: { start: string; next: string },
): Promise<{ usedToday: number; late: boolean }> {
  const { project } = prepared;
  const closure = await findClosure(db, project.id);
  if (closure && closure.late_since === null) {
    throw new CompetitionError(
      409,
      `The "${project.title}" competition is closed: its private leaderboard is final. To keep practising, let it take late submissions (the button on the project page, or PUT /api/projects/${project.id}/late-submissions {"accept":true}); they are scored but never ranked.`,
    );
  }
  const usedToday = await countSubmissionsSince(db, input.userId, project.id, day.start);
  if (usedToday >= input.dailyLimit) {
    throw new CompetitionError(
      429,
      `You have used all ${input.dailyLimit} submissions for today. The limit resets at ${day.next.slice(11, 16)} UTC (${day.next.slice(0, 10)}); until then, validate on your own held-out data.`,
    );
  }
  return { usedToday, late: closure !== undefined };
}

/** Chooses or unchooses a submission for the final ranking; at most {@link MAX_FINAL_SUBMISSIONS}. */
/** Says (or unsays, with "") what the learner tried in one of their submissions; scores never change. */
export async function describeSubmission(
  db: Database,
  project: { id: string; title: string },
  userId: string,
  submissionId: string,
  description: string,
  closed: boolean,
) {
  const where = { userId, projectId: project.id, submissionId };
  if (!(await setDescription(db, where, description === "" ? null : description))) {
    throw new CompetitionError(
      404,
      `You have no submission "${submissionId}" in ${project.title}. GET its submissions to see their ids.`,
    );
  }
  const row = (await listSubmissions(db, userId, project.id)).find((item) => item.id === submissionId);
  if (!row) throw new CompetitionError(404, `You have no submission "${submissionId}" in ${project.title}.`);
  return presentSubmission(row, closed, (await linkedModels(db, [row])).get(row.id) ?? null);
}

export async function chooseFinal(
  db: Database,
  dialect: DialectName,
  prepared: PreparedProject,
  userId: string,
  submissionId: string,
  final: boolean,
) {
  const { project } = prepared;
  return db.transaction().execute(async (trx) => {
    // Two ticks at once must not both see one final and make three.
    await lockLearnerProject(trx, dialect, userId, project.id);
    if (await findClosure(trx, project.id))
      throw new CompetitionError(409, "The competition is closed: final choices can no longer change.");
    const own = await listSubmissions(trx, userId, project.id);
    const target = own.find((row) => row.id === submissionId);
    if (!target) {
      throw new CompetitionError(
        404,
        `You have no submission "${submissionId}" in ${project.title}. GET its submissions to see their ids.`,
      );
    }
    const others = own.filter((row) => row.final === 1 && row.id !== submissionId).length;
    if (final && others >= MAX_FINAL_SUBMISSIONS) {
      throw new CompetitionError(409, `You can choose at most ${MAX_FINAL_SUBMISSIONS} final submissions. Unchoose one first.`);
    }
    await setFinal(trx, userId, project.id, submissionId, final);
    return presentSubmission(
      { ...target, final: final ? 1 : 0 },
      false,
      (await linkedModels(trx, [target])).get(target.id) ?? null,
    );
  });
}
