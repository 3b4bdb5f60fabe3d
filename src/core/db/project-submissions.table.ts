import type { Insertable, Selectable } from "kysely";

export interface ProjectSubmissionsTable {
  id: string;
  user_id: string;
  project_id: string;
  file_name: string;
  kind: "numbers" | "labels" | "probabilities";
  public_scores_json: string;
  private_scores_json: string;
  /** The project's leaderboard metric on the public and the private rows. */
  public_score: number;
  private_score: number;
  final: number;
  created_at: string;
}

export interface ProjectClosuresTable {
  project_id: string;
  closed_by: string;
  closed_at: string;
}

export type ProjectSubmissionRow = Selectable<ProjectSubmissionsTable>;
export type NewProjectSubmissionRow = Insertable<ProjectSubmissionsTable>;
