import type { ChangeNotices } from "../../db/change-notices.js";
import type { Database } from "../../db/database-schema.js";
import type { VersionResolver } from "./version-resolver.js";

/** The channel on which instances announce uploads, deletions and alias moves. */
export const MODEL_CHANGES_CHANNEL = "stepwise_model_changes";

/** What changed: one of a learner's models (all of them without `model`, e.g. after an import). */
export interface ModelChange {
  readonly learnerId: string;
  readonly model?: string | undefined;
  /** The SHA-256 of a file no longer served (its version was deleted): every instance frees its session. */
  readonly releasedFile?: string | undefined;
}

/** Announces a change once it is committed, so that every instance resolves that model afresh. */
export type AnnounceModelChange = (db: Database, change: ModelChange) => Promise<void>;

/**
 * Keeps `versions` true to every instance's changes: each change is announced on `notices`, and
 * each instance forgets what it resolved for that model (everything, when announcements may have
 * been missed) and frees the session of a file no longer served. Returns the announcer.
 */
export function followModelChanges(
  notices: ChangeNotices,
  versions: VersionResolver,
  releaseFile: (sha256: string) => Promise<void>,
): AnnounceModelChange {
  notices.listen((payload) => {
    if (payload === null) return versions.invalidateAll();
    const change = JSON.parse(payload) as ModelChange;
    versions.invalidate(change.learnerId, change.model);
    // Only memory is at stake: a session that fails to close is dropped all the same.
    if (change.releasedFile) void releaseFile(change.releasedFile).catch(() => undefined);
  });
  return (db, change) => notices.publish(db, JSON.stringify(change));
}
