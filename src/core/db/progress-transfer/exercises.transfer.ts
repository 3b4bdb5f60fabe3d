import type { GradingResult } from "../../../shared/grading/result.js";
import { deleteOwnedRows, importedFlag, type TransferKind, upsertRows, ownRows } from "./transfer-kind.js";

export const exerciseDraftsTransfer: TransferKind<"exerciseDrafts"> = {
  section: "exerciseDrafts",
  async read(db, userId) {
    const rows = await ownRows(db, "exercise_drafts", userId, ["exercise_id"]);
    return rows.map((row) => ({ exerciseId: row.exercise_id, code: row.code, updatedAt: row.updated_at }));
  },
  key: (item) => item.exerciseId,
  remove: (db, userId, keys) => deleteOwnedRows(db, "exercise_drafts", "user_id", "exercise_id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "exercise_drafts",
      items.map((item) => ({ user_id: userId, exercise_id: item.exerciseId, code: item.code, updated_at: item.updatedAt })),
      ["user_id", "exercise_id"],
    ),
};

export const exerciseDraftVersionsTransfer: TransferKind<"exerciseDraftVersions"> = {
  section: "exerciseDraftVersions",
  async read(db, userId) {
    const rows = await ownRows(db, "exercise_draft_versions", userId, ["exercise_id", "saved_at", "id"]);
    return rows.map((row) => ({ id: row.id, exerciseId: row.exercise_id, code: row.code, savedAt: row.saved_at }));
  },
  key: (item) => item.id,
  remove: (db, userId, keys) => deleteOwnedRows(db, "exercise_draft_versions", "user_id", "id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "exercise_draft_versions",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        exercise_id: item.exerciseId,
        code: item.code,
        saved_at: item.savedAt,
      })),
      ["id"],
      { column: "user_id", userId },
    ),
};

export const exerciseAttemptsTransfer: TransferKind<"exerciseAttempts"> = {
  section: "exerciseAttempts",
  async read(db, userId) {
    const rows = await ownRows(db, "exercise_attempts", userId, ["created_at", "id"]);
    return rows.map((row) => ({
      id: row.id,
      exerciseId: row.exercise_id,
      code: row.code,
      runtime: row.runtime,
      status: row.status,
      testsPassed: row.tests_passed,
      testsTotal: row.tests_total,
      result: JSON.parse(row.result_json) as GradingResult,
      durationMs: row.duration_ms,
      createdAt: row.created_at,
      imported: row.imported === 1,
      selfReported: row.self_reported === 1,
    }));
  },
  key: (item) => item.id,
  remove: (db, userId, keys) => deleteOwnedRows(db, "exercise_attempts", "user_id", "id", userId, keys),
  write: (db, userId, items, source) =>
    upsertRows(
      db,
      "exercise_attempts",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        exercise_id: item.exerciseId,
        code: item.code,
        runtime: item.runtime,
        status: item.status,
        tests_passed: item.testsPassed,
        tests_total: item.testsTotal,
        result_json: JSON.stringify(item.result),
        duration_ms: item.durationMs,
        created_at: item.createdAt,
        imported: importedFlag(item, source),
        self_reported: item.selfReported ? 1 : 0,
      })),
      ["id"],
      { column: "user_id", userId },
    ),
};
