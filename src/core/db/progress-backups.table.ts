import type { Selectable } from "kysely";

/** A learner's progress export (shared/progress/progress-export.ts), kept before an import changed it. */
export interface ProgressBackupsTable {
  id: string;
  user_id: string;
  /** Why it was taken, in words: "before importing a file (replace)". */
  reason: string;
  document_json: string;
  created_at: string;
}

export type ProgressBackupRow = Selectable<ProgressBackupsTable>;
