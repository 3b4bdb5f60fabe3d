import type { Database } from "./database-schema.js";
import type { ProgressBackupRow } from "./progress-backups.table.js";

/** How many backups a learner keeps; the oldest go first. */
export const KEPT_BACKUPS = 10;

/** Stores a backup and drops those beyond the newest {@link KEPT_BACKUPS}. */
export async function insertBackup(db: Database, row: ProgressBackupRow): Promise<void> {
  await db.insertInto("progress_backups").values(row).execute();
  const kept = await db
    .selectFrom("progress_backups")
    .select("id")
    .where("user_id", "=", row.user_id)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(KEPT_BACKUPS)
    .execute();
  await db
    .deleteFrom("progress_backups")
    .where("user_id", "=", row.user_id)
    .where(
      "id",
      "not in",
      kept.map((item) => item.id),
    )
    .execute();
}

export function listBackups(db: Database, userId: string): Promise<ProgressBackupRow[]> {
  return db
    .selectFrom("progress_backups")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findBackup(db: Database, userId: string, id: string): Promise<ProgressBackupRow | undefined> {
  return db.selectFrom("progress_backups").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
}
