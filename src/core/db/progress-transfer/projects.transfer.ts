import type { Database } from "../database-schema.js";
import type { SectionItem } from "./transfer-kind.js";
import { deleteOwnedRows, importedFlag, inChunks, type TransferKind, upsertRows } from "./transfer-kind.js";

type Scores = SectionItem<"projectSubmissions">["publicScores"];

export const projectSubmissionsTransfer: TransferKind<"projectSubmissions"> = {
  section: "projectSubmissions",
  async read(db, userId) {
    const rows = await db
      .selectFrom("project_submissions")
      .leftJoin("submission_predictions", "submission_predictions.submission_id", "project_submissions.id")
      .selectAll("project_submissions")
      .select("submission_predictions.predictions_csv")
      .where("project_submissions.user_id", "=", userId)
      .orderBy("project_submissions.created_at")
      .orderBy("project_submissions.id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      projectId: row.project_id,
      fileName: row.file_name,
      kind: row.kind,
      publicScores: JSON.parse(row.public_scores_json) as Scores,
      privateScores: JSON.parse(row.private_scores_json) as Scores,
      publicScore: row.public_score,
      privateScore: row.private_score,
      final: row.final === 1,
      description: row.description,
      createdAt: row.created_at,
      predictionsCsv: row.predictions_csv,
      late: row.late === 1,
      imported: row.imported === 1,
    }));
  },
  key: (item) => item.id,
  // Their kept files and model links go with them (foreign keys cascade).
  remove: (db, userId, keys) => deleteOwnedRows(db, "project_submissions", "user_id", "id", userId, keys),
  async write(db, userId, items, source) {
    await upsertRows(
      db,
      "project_submissions",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        project_id: item.projectId,
        file_name: item.fileName,
        kind: item.kind,
        public_scores_json: JSON.stringify(item.publicScores),
        private_scores_json: JSON.stringify(item.privateScores),
        public_score: item.publicScore,
        private_score: item.privateScore,
        final: item.final ? 1 : 0,
        description: item.description,
        created_at: item.createdAt,
        late: item.late ? 1 : 0,
        imported: importedFlag(item, source),
      })),
      ["id"],
      { column: "user_id", userId },
    );
    const withFile = items.filter((item) => item.predictionsCsv !== null);
    await upsertRows(
      db,
      "submission_predictions",
      withFile.map((item) => ({ submission_id: item.id, predictions_csv: item.predictionsCsv ?? "" })),
      ["submission_id"],
    );
    const withoutFile = items.filter((item) => item.predictionsCsv === null).map((item) => item.id);
    for (const chunk of inChunks(withoutFile)) {
      await db.deleteFrom("submission_predictions").where("submission_id", "in", chunk).execute();
    }
  },
};

/** The learner's submissions, to scope tables that hang off them. */
const ownSubmissions = (db: Database, userId: string) =>
  db.selectFrom("project_submissions").select("id").where("user_id", "=", userId);

export const submissionModelsTransfer: TransferKind<"submissionModels"> = {
  section: "submissionModels",
  async read(db, userId) {
    const rows = await db
      .selectFrom("submission_models")
      .selectAll()
      .where("submission_id", "in", ownSubmissions(db, userId))
      .orderBy("submission_id")
      .execute();
    return rows.map((row) => ({
      submissionId: row.submission_id,
      modelVersionId: row.model_version_id,
      reproduced: row.reproduced === 1,
      result: JSON.parse(row.result_json) as SectionItem<"submissionModels">["result"],
      checkedAt: row.checked_at,
    }));
  },
  key: (item) => item.submissionId,
  async remove(db, userId, keys) {
    for (const chunk of inChunks(keys)) {
      await db
        .deleteFrom("submission_models")
        .where("submission_id", "in", chunk)
        .where("submission_id", "in", ownSubmissions(db, userId))
        .execute();
    }
  },
  write: (db, _userId, items) =>
    // A link to another learner's submission or model version is caught by the import's final check.
    upsertRows(
      db,
      "submission_models",
      items.map((item) => ({
        submission_id: item.submissionId,
        model_version_id: item.modelVersionId,
        reproduced: item.reproduced ? 1 : 0,
        result_json: JSON.stringify(item.result),
        checked_at: item.checkedAt,
      })),
      ["submission_id"],
    ),
};

export const projectClosuresTransfer: TransferKind<"projectClosures"> = {
  section: "projectClosures",
  async read(db, userId) {
    const rows = await db
      .selectFrom("project_closures")
      .selectAll()
      .where("closed_by", "=", userId)
      .orderBy("project_id")
      .execute();
    return rows.map((row) => ({
      projectId: row.project_id,
      closedAt: row.closed_at,
      lateSince: row.late_since,
      imported: row.imported === 1,
    }));
  },
  key: (item) => item.projectId,
  remove: (db, userId, keys) => deleteOwnedRows(db, "project_closures", "closed_by", "project_id", userId, keys),
  write: (db, userId, items, source) =>
    upsertRows(
      db,
      "project_closures",
      items.map((item) => ({
        project_id: item.projectId,
        closed_by: userId,
        closed_at: item.closedAt,
        late_since: item.lateSince,
        imported: importedFlag(item, source),
      })),
      ["project_id"],
      { column: "closed_by", userId },
    ),
};
