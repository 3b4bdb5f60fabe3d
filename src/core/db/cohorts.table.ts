import type { Selectable } from "kysely";

export type CohortRole = "learner" | "instructor";

export interface CohortsTable {
  id: string;
  name: string;
  created_by: string | null;
  created_at: string;
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
