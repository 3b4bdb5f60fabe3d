import { findCohortCompetition } from "../db/cohort-competitions.repository.js";
import { cohortLearners, findCohort, roleIn } from "../db/cohorts.repository.js";
import type { Database } from "../db/database-schema.js";
import { findClosure, projectSubmissions, type LeaderboardRow } from "../db/project-submissions.repository.js";
import type { UserRole } from "../db/users.table.js";

export type BoardScope =
  | {
      readonly kind: "board";
      readonly rows: LeaderboardRow[];
      readonly closed: boolean;
      readonly cohort: { id: string; name: string; deadline: string | null; competing: boolean } | null;
    }
  | { readonly kind: "unknown-cohort" };

/**
 * Whose submissions a leaderboard ranks. Local mode: everyone's (there is one learner), closed by
 * the learner's own finish. Multi-user mode: one cohort's learners — for its members and
 * administrators only — counting what they submitted before the cohort's competition closed; with
 * no cohort named, only the asker's own, so no board shows people the asker shares no cohort with.
 */
export async function boardScope(
  db: Database,
  multiUser: boolean,
  asker: { readonly id: string; readonly role: UserRole },
  projectId: string,
  cohortId: string | undefined,
  now: Date,
): Promise<BoardScope> {
  if (!multiUser)
    return {
      kind: "board",
      rows: await projectSubmissions(db, projectId),
      closed: (await findClosure(db, projectId)) !== undefined,
      cohort: null,
    };
  if (cohortId === undefined)
    return {
      kind: "board",
      rows: await projectSubmissions(db, projectId, { userIds: [asker.id], before: null }),
      closed: false,
      cohort: null,
    };
  const cohort = await findCohort(db, cohortId);
  if (!cohort || ((await roleIn(db, cohortId, asker.id)) === null && asker.role !== "admin")) return { kind: "unknown-cohort" };
  const competition = await findCohortCompetition(db, cohortId, projectId, now);
  const learners = (await cohortLearners(db, cohortId)).map((learner) => learner.id);
  return {
    kind: "board",
    rows: await projectSubmissions(db, projectId, { userIds: learners, before: competition?.closedAt ?? null }),
    closed: competition?.closedAt != null,
    cohort: { id: cohort.id, name: cohort.name, deadline: competition?.deadline ?? null, competing: competition !== undefined },
  };
}
