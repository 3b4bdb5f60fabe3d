import { orderedId } from "../db/ordered-id.js";
import type { DraftChange } from "../../shared/api/index.js";
import type { Database } from "../db/database-schema.js";
import { findDraft, insertDraftVersion, listDraftVersions, saveDraft } from "../db/exercise-drafts.repository.js";

/** While the learner types, an earlier version is kept at most this often. */
const EDIT_VERSION_INTERVAL_MS = 10 * 60 * 1000;

/** A save the server refuses because it would lose work; `status` is the HTTP status that says why. */
export class DraftRefused extends Error {
  readonly status = 409;
}

/**
 * Saves a draft, first keeping the code it replaces as an earlier version when a reset or a
 * restore replaces it, or when the last version kept is ten minutes old. Code that is only the
 * starter never replaces a learner's own code unless the learner reset it: an autosave from a
 * page that failed to load the draft cannot wipe it.
 */
export async function saveDraftKeepingVersions(
  db: Database,
  input: { userId: string; exerciseId: string; starter: string; code: string; change: DraftChange; now: Date },
): Promise<{ updatedAt: string }> {
  const updatedAt = input.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const current = await findDraft(trx, input.userId, input.exerciseId);
    if (current && current.code !== input.code) {
      if (input.code === input.starter && current.code !== input.starter && input.change !== "reset") {
        throw new DraftRefused(
          'This would replace your saved code with the starter. Use "Reset to the starter" on the exercise page (your code stays under Earlier versions), or send "change": "reset".',
        );
      }
      const [last] = await listDraftVersions(trx, input.userId, input.exerciseId);
      const due = !last || input.now.getTime() - Date.parse(last.saved_at) >= EDIT_VERSION_INTERVAL_MS;
      if ((input.change !== "edit" || due) && last?.code !== current.code) {
        await insertDraftVersion(trx, {
          id: orderedId(),
          userId: input.userId,
          exerciseId: input.exerciseId,
          code: current.code,
          savedAt: current.updatedAt,
        });
      }
    }
    await saveDraft(trx, { userId: input.userId, exerciseId: input.exerciseId, code: input.code, updatedAt });
  });
  return { updatedAt };
}
