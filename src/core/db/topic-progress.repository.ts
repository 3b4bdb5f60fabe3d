import type { TopicStatus } from "../../shared/progress/topic-status.js";
import type { Database } from "./database-schema.js";
import type { TopicProgressRow } from "./topic-progress.table.js";

export async function listTopicProgress(db: Database, userId: string): Promise<TopicProgressRow[]> {
  return db.selectFrom("topic_progress").selectAll().where("user_id", "=", userId).execute();
}

/** Every topic the user has a status for; topics without a row are `todo`. */
export async function loadStatuses(db: Database, userId: string): Promise<Map<string, TopicStatus>> {
  const rows = await listTopicProgress(db, userId);
  return new Map(rows.map((row) => [row.topic_id, row.status]));
}

export async function findTopicProgress(db: Database, userId: string, topicId: string): Promise<TopicProgressRow | undefined> {
  return db
    .selectFrom("topic_progress")
    .selectAll()
    .where("user_id", "=", userId)
    .where("topic_id", "=", topicId)
    .executeTakeFirst();
}

export async function saveTopicStatus(
  db: Database,
  row: { userId: string; topicId: string; status: TopicStatus; updatedAt: string },
): Promise<void> {
  await db
    .insertInto("topic_progress")
    .values({ user_id: row.userId, topic_id: row.topicId, status: row.status, updated_at: row.updatedAt })
    .onConflict((conflict) =>
      conflict.columns(["user_id", "topic_id"]).doUpdateSet({ status: row.status, updated_at: row.updatedAt }),
    )
    .execute();
}

export async function deleteAllTopicProgress(db: Database, userId: string): Promise<void> {
  await db.deleteFrom("topic_progress").where("user_id", "=", userId).execute();
}
