import type { Selectable } from "kysely";

/** The code in a learner's editor, autosaved, one row per exercise. */
export interface ExerciseDraftsTable {
  user_id: string;
  exercise_id: string;
  code: string;
  updated_at: string;
}

export type ExerciseDraftRow = Selectable<ExerciseDraftsTable>;
