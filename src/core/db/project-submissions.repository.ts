import { sql } from "kysely";
import type { Database } from "./database-schema.js";
import type { DialectName } from "./database.js";
import type { NewProjectSubmissionRow, ProjectSubmissionRow } from "./project-submissions.table.js";

export async function insertSubmission(db: Database, row: NewProjectSubmissionRow): Promise<void> {
  await db.insertInto("project_submissions").values(row).execute();
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

export type LeaderboardRow = ProjectSubmissionRow & { readonly display_name: string };

/** Every learner's submissions to a project, with their names, for the leaderboard. */
export async function projectSubmissions(db: Database, projectId: string): Promise<LeaderboardRow[]> {
  return db
    .selectFrom("project_submissions")
    .innerJoin("users", "users.id", "project_submissions.user_id")
    .selectAll("project_submissions")
    .select("users.display_name")
    .where("project_submissions.project_id", "=", projectId)
    .execute();
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

export async function findClosure(db: Database, projectId: string): Promise<{ closed_at: string } | undefined> {
  return db.selectFrom("project_closures").select("closed_at").where("project_id", "=", projectId).executeTakeFirst();
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
