import type { Selectable } from "kysely";

/** One learner's study plan: their settings and the topics it was laid out for (shared/plan). */
export interface StudyPlansTable {
  user_id: string;
  /** PlanSettings as JSON. */
  settings_json: string;
  /** PlannedTopic[] as JSON, in plan order. */
  topics_json: string;
  created_at: string;
  updated_at: string;
  /** When the learner last re-planned from today; null until they do. */
  replanned_at: string | null;
}

export type StudyPlanRow = Selectable<StudyPlansTable>;
