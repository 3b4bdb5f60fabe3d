import type { Database } from "./database-schema.js";
import type { TopicNoteRow } from "./topic-notes.table.js";

export async function listTopicNotes(db: Database, userId: string): Promise<TopicNoteRow[]> {
  return db.selectFrom("topic_notes").selectAll().where("user_id", "=", userId).execute();
}

export async function findTopicNote(db: Database, userId: string, topicId: string): Promise<TopicNoteRow | undefined> {
  return db
    .selectFrom("topic_notes")
    .selectAll()
    .where("user_id", "=", userId)
    .where("topic_id", "=", topicId)
    .executeTakeFirst();
}

/** Saves a note; an empty (or whitespace-only) note removes it. */
export async function saveTopicNote(
  db: Database,
  note: { userId: string; topicId: string; text: string; updatedAt: string },
): Promise<void> {
  if (note.text.trim() === "") {
    await db.deleteFrom("topic_notes").where("user_id", "=", note.userId).where("topic_id", "=", note.topicId).execute();
    return;
  }
  await db
    .insertInto("topic_notes")
    .values({ user_id: note.userId, topic_id: note.topicId, text: note.text, updated_at: note.updatedAt })
    .onConflict((conflict) =>
      conflict.columns(["user_id", "topic_id"]).doUpdateSet({ text: note.text, updated_at: note.updatedAt }),
    )
    .execute();
}

export async function deleteAllTopicNotes(db: Database, userId: string): Promise<void> {
  await db.deleteFrom("topic_notes").where("user_id", "=", userId).execute();
}
