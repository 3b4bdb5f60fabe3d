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

/** How many earlier versions of a draft are kept per exercise; the oldest go first. */
export const KEPT_DRAFT_VERSIONS = 20;

export function listDraftVersions(db: Database, userId: string, exerciseId: string) {
  return db
    .selectFrom("exercise_draft_versions")
    .select(["id", "code", "saved_at"])
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .orderBy("saved_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** Keeps an earlier version and drops those beyond the newest {@link KEPT_DRAFT_VERSIONS}. */
export async function insertDraftVersion(
  db: Database,
  version: { id: string; userId: string; exerciseId: string; code: string; savedAt: string },
): Promise<void> {
  await db
    .insertInto("exercise_draft_versions")
    .values({
      id: version.id,
      user_id: version.userId,
      exercise_id: version.exerciseId,
      code: version.code,
      saved_at: version.savedAt,
    })
    .execute();
  const kept = (await listDraftVersions(db, version.userId, version.exerciseId))
    .slice(0, KEPT_DRAFT_VERSIONS)
    .map((row) => row.id);
  await db
    .deleteFrom("exercise_draft_versions")
    .where("user_id", "=", version.userId)
    .where("exercise_id", "=", version.exerciseId)
    .where("id", "not in", kept)
    .execute();
}
