import type { ChangeNotices } from "../../db/change-notices.js";
import type { Database } from "../../db/database-schema.js";
import type { VersionResolver } from "./version-resolver.js";

/** The channel on which instances announce uploads, deletions and alias moves. */
export const MODEL_CHANGES_CHANNEL = "stepwise_model_changes";

/**
 * Announces that a learner's model changed (any of their models without `model`, e.g. after an
 * import), so that every instance resolves its versions and aliases afresh.
 */
export type AnnounceModelChange = (db: Database, learnerId: string, model?: string) => Promise<void>;

/**
 * Keeps `versions` true to every instance's changes: each change is announced on `notices`, and
 * each instance forgets what it resolved for that model (everything, when announcements may have
 * been missed). Returns the announcer.
 */
export function followModelChanges(notices: ChangeNotices, versions: VersionResolver): AnnounceModelChange {
  notices.listen((payload) => {
    if (payload === null) return versions.invalidateAll();
    const [learnerId, model] = JSON.parse(payload) as [string, string | null];
    versions.invalidate(learnerId, model ?? undefined);
  });
  return (db, learnerId, model) => notices.publish(db, JSON.stringify([learnerId, model ?? null]));
}
