import { useState } from "react";
import type { BackupListResponse } from "../../shared/api/index.js";
import { PROGRESS_SECTION_NOUNS } from "../../shared/progress/progress-sections.js";
import { count } from "../../shared/text/plural.js";
import { useBackups, useRestoreBackup } from "../api/progress-queries.js";
import { ConfirmDialog } from "./ConfirmDialog.js";

/** "3 topic statuses, 12 exercise attempts", or "nothing yet" for a backup of an empty start. */
function describeContents(contents: BackupListResponse["backups"][number]["contents"]): string {
  if (contents.length === 0) return "nothing yet";
  return contents
    .map((kind) => count(kind.count, PROGRESS_SECTION_NOUNS[kind.section].one, PROGRESS_SECTION_NOUNS[kind.section].many))
    .join(", ");
}

/** The automatic backups taken before each import, each one click (and a confirmation) from being restored. */
export function ProgressBackups() {
  const backups = useBackups();
  const restore = useRestoreBackup();
  const [chosen, setChosen] = useState<{ id: string; when: string } | null>(null);
  const list = backups.data?.backups ?? [];
  if (list.length === 0) return null;
  return (
    <details className="progress-backups">
      <summary>Automatic backups ({list.length})</summary>
      <p className="muted">Stepwise keeps everything as it was before each import (the last 10).</p>
      <ul>
        {list.map((backup) => {
          const when = new Date(backup.createdAt).toLocaleString();
          return (
            <li key={backup.id}>
              {when}, {backup.reason}: {describeContents(backup.contents)}{" "}
              <button type="button" className="button button--ghost" onClick={() => setChosen({ id: backup.id, when })}>
                Restore<span className="visually-hidden"> the backup of {when}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {restore.isError ? (
        <p role="alert" className="text-danger">
          {restore.error.message}
        </p>
      ) : null}
      {restore.isSuccess ? <p role="status">Restored. Your progress from just before is itself backed up above.</p> : null}
      <ConfirmDialog
        open={chosen !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        onCancel={() => setChosen(null)}
        onConfirm={() => {
          if (chosen) restore.mutate(chosen.id);
          setChosen(null);
        }}
      >
        <p>Everything becomes what it was on {chosen?.when}. What you have now is backed up first, so this can be undone too.</p>
      </ConfirmDialog>
    </details>
  );
}
