import type { Generated, Insertable, Selectable } from "kysely";

export interface ProjectSubmissionsTable {
  id: string;
  user_id: string;
  project_id: string;
  file_name: string;
  kind: "numbers" | "labels" | "probabilities" | "rankings";
  public_scores_json: string;
  private_scores_json: string;
  /** The project's leaderboard metric on the public and the private rows. */
  public_score: number;
  private_score: number;
  final: number;
  /** What the learner says they tried; null when they said nothing. */
  description: string | null;
  created_at: string;
  /** 1 when it came from an imported file rather than a run or upload here. */
  imported: Generated<number>;
  /** 1 when made after the competition closed: scored, never ranked. */
  late: Generated<number>;
}

/** The submitted file, kept (since deployed models are checked against it) apart from the scores. */
export interface SubmissionPredictionsTable {
  submission_id: string;
  predictions_csv: string;
}

export interface SubmissionModelsTable {
  submission_id: string;
  model_version_id: string;
  /** 1 when the served model gave exactly the submitted predictions. */
  reproduced: number;
  /** The check's result (shared/api/projects.ts ModelCheck), as JSON. */
  result_json: string;
  checked_at: string;
}

export interface ProjectClosuresTable {
  project_id: string;
  closed_by: string;
  closed_at: string;
  /** Since when the closed competition takes late (unranked) submissions; null: it takes none. */
  late_since: string | null;
  /** 1 when it came from an imported file rather than a run or upload here. */
  imported: Generated<number>;
}

export type ProjectSubmissionRow = Selectable<ProjectSubmissionsTable>;
export type NewProjectSubmissionRow = Insertable<ProjectSubmissionsTable>;
