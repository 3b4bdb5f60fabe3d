import { useRef, useState } from "react";
import type { ImportPreviewResponse, ImportResponse } from "../../shared/api/index.js";
import { PROGRESS_SECTION_NOUNS } from "../../shared/progress/progress-sections.js";
import { type ImportMode, type ImportPayload, useImportPreview, useImportProgress } from "../api/progress-queries.js";
import { ConfirmDialog } from "./ConfirmDialog.js";
import { ProgressBackups } from "./ProgressBackups.js";

type SectionChanges = ImportPreviewResponse["sections"][number];

/** "12 exercise attempts added, 1 changed" — only the numbers that are not zero. */
function describeChanges(changes: SectionChanges, verbs: { added: string; changed: string; removed: string }): string | null {
  const parts = [
    changes.added > 0 ? `${changes.added} ${verbs.added}` : null,
    changes.changed > 0 ? `${changes.changed} ${verbs.changed}` : null,
    changes.removed > 0 ? `${changes.removed} ${verbs.removed}` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : `${PROGRESS_SECTION_NOUNS[changes.section].many}: ${parts.join(", ")}`;
}

function summarise(result: ImportResponse): string {
  const done = result.sections
    .map((changes) => describeChanges(changes, { added: "added", changed: "changed", removed: "removed" }))
    .filter((line) => line !== null);
  return done.length === 0 ? "The file held nothing new; nothing changed." : `Imported (${result.mode}): ${done.join("; ")}.`;
}

/** Reads a chosen file as an import payload: a zip goes as it is, anything else must be JSON. */
async function readPayload(file: File): Promise<ImportPayload> {
  if (file.name.toLowerCase().endsWith(".zip") || file.type.includes("zip")) return { zip: file };
  try {
    return { document: JSON.parse(await file.text()) as unknown };
  } catch {
    throw new Error(`${file.name} is neither a JSON file nor a zip. Choose a file exported from Stepwise.`);
  }
}

/** Export everything, import an export after seeing what it would change, and restore the backups imports take. */
export function ProgressTransfer() {
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<ImportMode>("replace");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const importProgress = useImportProgress();
  const preview = useImportPreview();
  const [pending, setPending] = useState<{ payload: ImportPayload; name: string; changes: ImportPreviewResponse } | null>(null);
  const fail = (error: Error) =>
    // Say "nothing was changed" once: the server's message may already say it.
    setMessage({
      kind: "error",
      text: /nothing was changed/i.test(error.message) ? error.message : `Nothing was changed: ${error.message}`,
    });

  // Read the file, ask the server what it would change, and only import once the learner agrees.
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = "";
    setMessage(null);
    let payload: ImportPayload;
    try {
      payload = await readPayload(file);
    } catch (error) {
      setMessage({ kind: "error", text: (error as Error).message });
      return;
    }
    preview.mutate(
      { payload, mode },
      { onSuccess: (changes) => setPending({ payload, name: file.name, changes }), onError: fail },
    );
  };

  const confirmImport = () => {
    if (!pending) return;
    importProgress.mutate(
      { payload: pending.payload, mode },
      {
        onSuccess: (result) =>
          setMessage({ kind: "ok", text: `${summarise(result)} What you had before is under Automatic backups.` }),
        onError: fail,
      },
    );
    setPending(null);
  };

  const previewLines =
    pending?.changes.sections
      .map((changes) => describeChanges(changes, { added: "to add", changed: "to change", removed: "to remove" }))
      .filter((line) => line !== null) ?? [];
  const busy = preview.isPending || importProgress.isPending;

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">Back up or move everything</h2>
      <p>
        Statuses, notes, exercise drafts and every attempt, quiz answers and review schedule, project submissions, models, your
        study plan and portfolio — as one JSON file, or a zip that also carries your model files. Import either on another
        machine.
      </p>
      <div className="button-row">
        <a className="button" href="/api/progress/export" download>
          Export (JSON)
        </a>
        <a className="button" href="/api/progress/export.zip" download>
          Export with model files (zip)
        </a>
        <label className="inline-field">
          When importing:{" "}
          <select value={mode} onChange={(event) => setMode(event.target.value as ImportMode)}>
            <option value="replace">replace what I have</option>
            <option value="merge">merge into what I have</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
          {importProgress.isPending ? "Importing…" : preview.isPending ? "Checking the file…" : "Import…"}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json,application/zip,.zip"
          hidden
          aria-label="Export file to import"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </div>
      {message ? (
        <p role="status" className={message.kind === "error" ? "text-danger" : "text-success"}>
          {message.text}
        </p>
      ) : null}
      <ProgressBackups />
      <ConfirmDialog
        open={pending !== null}
        title={`Import ${pending?.name ?? "this file"}?`}
        confirmLabel={mode === "replace" ? "Replace" : "Merge"}
        onCancel={() => setPending(null)}
        onConfirm={confirmImport}
      >
        {previewLines.length > 0 ? (
          <ul className="import-changes">
            {previewLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing would change: you already have everything this file holds.</p>
        )}
        <p>Everything as it is now is backed up first and can be restored below.</p>
      </ConfirmDialog>
    </section>
  );
}
