import type { Selectable } from "kysely";

/** The code in a learner's editor, autosaved, one row per exercise. */
export interface ExerciseDraftsTable {
  user_id: string;
  exercise_id: string;
  code: string;
  updated_at: string;
}

export type ExerciseDraftRow = Selectable<ExerciseDraftsTable>;

/** Earlier code of a draft, kept when a reset or restore replaced it, or every ten minutes of editing. */
export interface ExerciseDraftVersionsTable {
  id: string;
  user_id: string;
  exercise_id: string;
  code: string;
  /** When this code was the saved draft. */
  saved_at: string;
}
