import { ImportFileSchema, PROGRESS_SECTIONS } from "../../../shared/progress/progress-export.js";
import { findBackup } from "../../db/progress-backups.repository.js";
import type { ProgressBackupRow } from "../../db/progress-backups.table.js";
import { type ImportDeps, type ImportResult, importProgress } from "./import-progress.js";

/** Restores a backup: a replace import of it (import marks as they were), which itself backs up what it replaces. */
export async function restoreBackup(
  deps: ImportDeps,
  userId: string,
  backupId: string,
  now: Date,
): Promise<ImportResult | undefined> {
  const backup = await findBackup(deps.db, userId, backupId);
  if (!backup) return undefined;
  const file = ImportFileSchema.parse(JSON.parse(backup.document_json));
  return importProgress(deps, userId, file, "replace", {
    now,
    source: "backup",
    reason: `before restoring the backup of ${backup.created_at}`,
  });
}

/** What a backup holds, kind by kind (kinds it has none of are left out), for the list on /progress. */
export function describeBackup(row: ProgressBackupRow) {
  const { document, sections } = ImportFileSchema.parse(JSON.parse(row.document_json));
  return {
    id: row.id,
    createdAt: row.created_at,
    reason: row.reason,
    contents: PROGRESS_SECTIONS.filter((section) => sections.includes(section) && document[section].length > 0).map(
      (section) => ({ section, count: document[section].length }),
    ),
  };
}
