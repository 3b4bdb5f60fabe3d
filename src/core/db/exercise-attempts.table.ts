import type { Generated, Insertable, Selectable } from "kysely";
import type { GradingStatus, RuntimeName } from "../../shared/grading/result.js";
import type { AttemptVerification } from "../../shared/grading/verification.js";

export interface ExerciseAttemptsTable {
  id: string;
  user_id: string;
  exercise_id: string;
  code: string;
  runtime: RuntimeName;
  status: GradingStatus;
  tests_passed: number;
  tests_total: number;
  /** The whole GradingResult as JSON, for showing an old attempt again. */
  result_json: string;
  duration_ms: number;
  created_at: string;
  /** 1 when it came from an imported file rather than a run or upload here. */
  imported: Generated<number>;
  /** 1 when a browser reported the result in multi-user mode: not verified by the server. */
  self_reported: Generated<number>;
  /** See {@link AttemptVerification}; null where nothing is verified (local mode, imports, earlier records). */
  verification: AttemptVerification | null;
  verified_at: string | null;
}

export type ExerciseAttemptRow = Selectable<ExerciseAttemptsTable>;
export type NewExerciseAttemptRow = Insertable<ExerciseAttemptsTable>;
