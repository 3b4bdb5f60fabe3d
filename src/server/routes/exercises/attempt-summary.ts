import type { ExerciseAttemptRow } from "../../../core/db/exercise-attempts.table.js";

/** The columns an attempt's summary is made of. */
export type AttemptSummaryRow = Pick<
  ExerciseAttemptRow,
  "id" | "status" | "runtime" | "tests_passed" | "tests_total" | "created_at" | "self_reported" | "verification"
>;

/** An attempt as the API shows it (to its learner, or to their instructor): the fields listed, never the row. */
export function attemptSummary(row: AttemptSummaryRow) {
  return {
    id: row.id,
    status: row.status,
    runtime: row.runtime,
    testsPassed: row.tests_passed,
    testsTotal: row.tests_total,
    createdAt: row.created_at,
    selfReported: row.self_reported === 1,
    verification: row.verification,
  };
}
