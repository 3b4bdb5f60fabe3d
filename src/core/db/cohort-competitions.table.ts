/** A project's competition within a cohort (multi-user mode); see migration 0023. */
export interface CohortCompetitionsTable {
  cohort_id: string;
  project_id: string;
  opened_by: string | null;
  opened_at: string;
  /** UTC ISO time after which it counts as closed; null: until the instructor closes it. */
  deadline: string | null;
  closed_by: string | null;
  closed_at: string | null;
}
