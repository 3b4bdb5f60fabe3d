import { deleteOwnedRows, type TransferKind, upsertRows } from "./transfer-kind.js";

export const topicStatusesTransfer: TransferKind<"topicStatuses"> = {
  section: "topicStatuses",
  async read(db, userId) {
    const rows = await db.selectFrom("topic_progress").selectAll().where("user_id", "=", userId).orderBy("topic_id").execute();
    return rows.map((row) => ({ topicId: row.topic_id, status: row.status, updatedAt: row.updated_at }));
  },
  key: (item) => item.topicId,
  remove: (db, userId, keys) => deleteOwnedRows(db, "topic_progress", "user_id", "topic_id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "topic_progress",
      items.map((item) => ({ user_id: userId, topic_id: item.topicId, status: item.status, updated_at: item.updatedAt })),
      ["user_id", "topic_id"],
    ),
};

export const topicNotesTransfer: TransferKind<"topicNotes"> = {
  section: "topicNotes",
  async read(db, userId) {
    const rows = await db.selectFrom("topic_notes").selectAll().where("user_id", "=", userId).orderBy("topic_id").execute();
    return rows.map((row) => ({ topicId: row.topic_id, text: row.text, updatedAt: row.updated_at }));
  },
  key: (item) => item.topicId,
  remove: (db, userId, keys) => deleteOwnedRows(db, "topic_notes", "user_id", "topic_id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "topic_notes",
      items.map((item) => ({ user_id: userId, topic_id: item.topicId, text: item.text, updated_at: item.updatedAt })),
      ["user_id", "topic_id"],
    ),
};
