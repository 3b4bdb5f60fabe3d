import type { Database } from "./database-schema.js";
import { recordAudit } from "./audit-log.repository.js";

export interface CohortCompetition {
  readonly projectId: string;
  readonly openedAt: string;
  readonly deadline: string | null;
  /** When it closed: closed by the instructor, or its deadline passed; null while open. */
  readonly closedAt: string | null;
}

type Row = { project_id: string; opened_at: string; deadline: string | null; closed_at: string | null };

/** A deadline closes a competition by itself: nothing has to run at that moment. */
function present(row: Row, now: Date): CohortCompetition {
  const deadlinePassed = row.deadline !== null && row.deadline <= now.toISOString();
  return {
    projectId: row.project_id,
    openedAt: row.opened_at,
    deadline: row.deadline,
    closedAt: row.closed_at ?? (deadlinePassed ? row.deadline : null),
  };
}

const COLUMNS = ["project_id", "opened_at", "deadline", "closed_at"] as const;

export async function cohortCompetitions(db: Database, cohortId: string, now: Date): Promise<CohortCompetition[]> {
  const rows = await db
    .selectFrom("cohort_competitions")
    .select(COLUMNS)
    .where("cohort_id", "=", cohortId)
    .orderBy("opened_at")
    .execute();
  return rows.map((row) => present(row, now));
}

export async function findCohortCompetition(
  db: Database,
  cohortId: string,
  projectId: string,
  now: Date,
): Promise<CohortCompetition | undefined> {
  const row = await db
    .selectFrom("cohort_competitions")
    .select(COLUMNS)
    .where("cohort_id", "=", cohortId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  return row ? present(row, now) : undefined;
}

interface Actor {
  readonly id: string;
  readonly name: string;
}

export type OpenOutcome =
  { readonly kind: "opened" | "changed"; readonly competition: CohortCompetition } | { readonly kind: "closed" };

/** Opens the project's competition in the cohort, or changes the deadline of the open one; a closed one stays closed. */
export async function openCohortCompetition(
  db: Database,
  change: { cohortId: string; projectId: string; deadline: string | null; actor: Actor; now: Date },
): Promise<OpenOutcome> {
  return db.transaction().execute(async (trx): Promise<OpenOutcome> => {
    const existing = await findCohortCompetition(trx, change.cohortId, change.projectId, change.now);
    if (existing?.closedAt) return { kind: "closed" };
    if (existing)
      await trx
        .updateTable("cohort_competitions")
        .set({ deadline: change.deadline })
        .where("cohort_id", "=", change.cohortId)
        .where("project_id", "=", change.projectId)
        .execute();
    else
      await trx
        .insertInto("cohort_competitions")
        .values({
          cohort_id: change.cohortId,
          project_id: change.projectId,
          opened_by: change.actor.id,
          opened_at: change.now.toISOString(),
          deadline: change.deadline,
          closed_by: null,
          closed_at: null,
        })
        .execute();
    await recordAudit(trx, {
      actor: change.actor,
      action: existing ? "competition.deadline" : "competition.opened",
      targetUserId: null,
      details: { cohortId: change.cohortId, projectId: change.projectId, deadline: change.deadline },
      at: change.now.toISOString(),
    });
    const competition = await findCohortCompetition(trx, change.cohortId, change.projectId, change.now);
    return { kind: existing ? "changed" : "opened", competition: competition as CohortCompetition };
  });
}

export type CloseOutcome = { readonly kind: "closed"; readonly competition: CohortCompetition } | { readonly kind: "not-open" };

/** Closes an open competition now, revealing the cohort's private board. */
export async function closeCohortCompetition(
  db: Database,
  change: { cohortId: string; projectId: string; actor: Actor; now: Date },
): Promise<CloseOutcome> {
  return db.transaction().execute(async (trx): Promise<CloseOutcome> => {
    const existing = await findCohortCompetition(trx, change.cohortId, change.projectId, change.now);
    if (!existing || existing.closedAt) return { kind: "not-open" };
    await trx
      .updateTable("cohort_competitions")
      .set({ closed_at: change.now.toISOString(), closed_by: change.actor.id })
      .where("cohort_id", "=", change.cohortId)
      .where("project_id", "=", change.projectId)
      .where("closed_at", "is", null)
      .execute();
    await recordAudit(trx, {
      actor: change.actor,
      action: "competition.closed",
      targetUserId: null,
      details: { cohortId: change.cohortId, projectId: change.projectId },
      at: change.now.toISOString(),
    });
    return { kind: "closed", competition: { ...existing, closedAt: change.now.toISOString() } };
  });
}
