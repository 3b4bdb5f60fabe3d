import { sql } from "kysely";
import type { Database } from "./database-schema.js";
import type { DialectName } from "./database.js";
import type { NewProjectSubmissionRow, ProjectSubmissionRow } from "./project-submissions.table.js";

/** Stores a scored submission and the file it was scored from. */
export async function insertSubmission(db: Database, row: NewProjectSubmissionRow, predictionsCsv: string): Promise<void> {
  await db.insertInto("project_submissions").values(row).execute();
  await db.insertInto("submission_predictions").values({ submission_id: row.id, predictions_csv: predictionsCsv }).execute();
}

/** The file a submission was scored from; undefined for submissions made before files were kept. */
export async function findSubmissionPredictions(db: Database, submissionId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("submission_predictions")
    .select("predictions_csv")
    .where("submission_id", "=", submissionId)
    .executeTakeFirst();
  return row?.predictions_csv;
}

/** One learner's submissions to a project, newest first. */
export async function listSubmissions(db: Database, userId: string, projectId: string): Promise<ProjectSubmissionRow[]> {
  return db
    .selectFrom("project_submissions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("project_id", "=", projectId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** Every project a learner submitted to, with the public scores of their submissions. */
export async function listPublicScores(db: Database, userId: string): Promise<{ project_id: string; public_score: number }[]> {
  return db.selectFrom("project_submissions").select(["project_id", "public_score"]).where("user_id", "=", userId).execute();
}

/** How many submissions a learner made to a project since `since` (an ISO time). */
export async function countSubmissionsSince(db: Database, userId: string, projectId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("project_submissions")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("user_id", "=", userId)
    .where("project_id", "=", projectId)
    .where("created_at", ">=", since)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export type LeaderboardRow = ProjectSubmissionRow & {
  readonly display_name: string;
  /** 1 when a deployed model reproduces this submission. */
  readonly live_model: number;
};

/**
 * Learners' submissions to a project, with their names and live models, for a leaderboard: every
 * learner's, or (a cohort's board) only `scope.userIds`' made before `scope.before` when it is set.
 */
export async function projectSubmissions(
  db: Database,
  projectId: string,
  scope?: { readonly userIds: readonly string[]; readonly before: string | null },
): Promise<LeaderboardRow[]> {
  if (scope?.userIds.length === 0) return [];
  let query = db
    .selectFrom("project_submissions")
    .innerJoin("users", "users.id", "project_submissions.user_id")
    .leftJoin("submission_models", "submission_models.submission_id", "project_submissions.id")
    .selectAll("project_submissions")
    .select(["users.display_name", "submission_models.reproduced"])
    .where("project_submissions.project_id", "=", projectId)
    // Late submissions are scored for the learner but never ranked.
    .where("project_submissions.late", "=", 0);
  if (scope) query = query.where("project_submissions.user_id", "in", scope.userIds);
  if (scope?.before) query = query.where("project_submissions.created_at", "<=", scope.before);
  const rows = await query.execute();
  return rows.map(({ reproduced, ...row }) => ({ ...row, live_model: reproduced ?? 0 }));
}

/** Marks or unmarks a submission as final; false when the learner has no such submission. */
export async function setFinal(
  db: Database,
  userId: string,
  projectId: string,
  submissionId: string,
  final: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable("project_submissions")
    .set({ final: final ? 1 : 0 })
    .where("id", "=", submissionId)
    .where("user_id", "=", userId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets or clears what the learner says they tried in a submission; false when they have no such submission. */
export async function setDescription(
  db: Database,
  where: { userId: string; projectId: string; submissionId: string },
  description: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable("project_submissions")
    .set({ description })
    .where("id", "=", where.submissionId)
    .where("user_id", "=", where.userId)
    .where("project_id", "=", where.projectId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findClosure(
  db: Database,
  projectId: string,
): Promise<{ closed_at: string; late_since: string | null } | undefined> {
  return db
    .selectFrom("project_closures")
    .select(["closed_at", "late_since"])
    .where("project_id", "=", projectId)
    .executeTakeFirst();
}

/** Starts (a time) or stops (null) taking late submissions; false when the competition is not closed. */
export async function setLateSubmissions(db: Database, projectId: string, since: string | null): Promise<boolean> {
  const result = await db
    .updateTable("project_closures")
    .set({ late_since: since })
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listClosedProjectIds(db: Database): Promise<Set<string>> {
  const rows = await db.selectFrom("project_closures").select("project_id").execute();
  return new Set(rows.map((row) => row.project_id));
}

/** Closes a competition; false when it was already closed. */
export async function insertClosure(db: Database, projectId: string, userId: string, closedAt: string): Promise<boolean> {
  const result = await db
    .insertInto("project_closures")
    .values({ project_id: projectId, closed_by: userId, closed_at: closedAt })
    .onConflict((oc) => oc.column("project_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Serialises submissions of one learner to one project until the transaction ends, so two uploads
 * at once cannot both pass the daily limit. SQLite runs one write transaction at a time already;
 * PostgreSQL needs a transaction-scoped advisory lock.
 */
export async function lockLearnerProject(trx: Database, dialect: DialectName, userId: string, projectId: string): Promise<void> {
  if (dialect === "postgres") await sql`select pg_advisory_xact_lock(hashtext(${`${userId}/${projectId}`}))`.execute(trx);
}

/** Links a deployed model version to a submission with the check's result, replacing an earlier link. */
export async function saveSubmissionModel(
  db: Database,
  row: { submissionId: string; modelVersionId: string; reproduced: boolean; resultJson: string; checkedAt: string },
): Promise<void> {
  const values = {
    model_version_id: row.modelVersionId,
    reproduced: row.reproduced ? 1 : 0,
    result_json: row.resultJson,
    checked_at: row.checkedAt,
  };
  await db
    .insertInto("submission_models")
    .values({ submission_id: row.submissionId, ...values })
    .onConflict((conflict) => conflict.column("submission_id").doUpdateSet(values))
    .execute();
}

export interface SubmissionModelRow {
  readonly submission_id: string;
  readonly reproduced: number;
  readonly result_json: string;
  readonly checked_at: string;
  readonly model_name: string;
  readonly version: number;
}

/** The models linked to these submissions, with their names and version numbers. */
export function listSubmissionModels(db: Database, submissionIds: readonly string[]): Promise<SubmissionModelRow[]> {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("submission_models")
    .innerJoin("model_versions", "model_versions.id", "submission_models.model_version_id")
    .innerJoin("models", "models.id", "model_versions.model_id")
    .select([
      "submission_models.submission_id",
      "submission_models.reproduced",
      "submission_models.result_json",
      "submission_models.checked_at",
      "models.name as model_name",
      "model_versions.version",
    ])
    .where("submission_models.submission_id", "in", submissionIds)
    .execute();
}
