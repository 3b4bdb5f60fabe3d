import type { Selectable } from "kysely";

import type { Generated } from "kysely";

export type CohortRole = "learner" | "instructor";
export type SolutionUnlock = "after-attempts" | "after-solving" | "after-date" | "never";

export interface CohortsTable {
  id: string;
  name: string;
  created_by: string | null;
  created_at: string;
  solution_unlock: Generated<SolutionUnlock>;
  /** For `after-attempts`: how many graded runs first. */
  solution_unlock_attempts: Generated<number>;
  /** For `after-date`: from when (ISO). */
  solution_unlock_date: string | null;
}

export interface CohortMembersTable {
  cohort_id: string;
  user_id: string;
  role: CohortRole;
  joined_at: string;
}

export interface CohortInvitesTable {
  /** SHA-256 of the token in the link, hex. */
  token_hash: string;
  cohort_id: string;
  created_by: string | null;
  expires_at: string;
}

export type CohortRow = Selectable<CohortsTable>;
