import type { Database } from "./database-schema.js";

export async function findDraft(
  db: Database,
  userId: string,
  exerciseId: string,
): Promise<{ code: string; updatedAt: string } | undefined> {
  const row = await db
    .selectFrom("exercise_drafts")
    .select(["code", "updated_at"])
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .executeTakeFirst();
  return row ? { code: row.code, updatedAt: row.updated_at } : undefined;
}

export async function saveDraft(
  db: Database,
  draft: { userId: string; exerciseId: string; code: string; updatedAt: string },
): Promise<void> {
  await db
    .insertInto("exercise_drafts")
    .values({ user_id: draft.userId, exercise_id: draft.exerciseId, code: draft.code, updated_at: draft.updatedAt })
    .onConflict((conflict) =>
      conflict.columns(["user_id", "exercise_id"]).doUpdateSet({ code: draft.code, updated_at: draft.updatedAt }),
    )
    .execute();
}
