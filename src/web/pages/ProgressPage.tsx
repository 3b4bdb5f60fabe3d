import { useRef, useState } from "react";
import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import type { ImportPreviewResponse } from "../../shared/api/index.js";
import { useImportPreview } from "../api/progress-queries.js";
import { useImportProgress, useProgress } from "../api/queries.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ProgressBackups } from "../components/ProgressBackups.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { QueryState } from "../components/QueryState.js";
import { ScrollTable } from "../components/ScrollTable.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ProgressPage.css";
import { count } from "../../shared/text/plural.js";

function ImportExport() {
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<"replace" | "merge">("replace");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const importProgress = useImportProgress();

  const preview = useImportPreview();
  const [pending, setPending] = useState<{ document: unknown; name: string; changes: ImportPreviewResponse } | null>(null);
  const fail = (error: Error) =>
    // Say "nothing was changed" once: the server's message may already say it.
    setMessage({
      kind: "error",
      text: /nothing was changed/i.test(error.message) ? error.message : `Nothing was changed: ${error.message}`,
    });

  // Read the file, ask the server what it would change, and only import once the learner agrees.
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: "error", text: `${file.name} is not a JSON file. Choose a file exported from Stepwise.` });
      return;
    }
    if (input.current) input.current.value = "";
    setMessage(null);
    preview.mutate(
      { document, mode },
      { onSuccess: (changes) => setPending({ document, name: file.name, changes }), onError: fail },
    );
  };

  const confirmImport = () => {
    if (!pending) return;
    importProgress.mutate(
      { document: pending.document, mode },
      {
        onSuccess: (result) =>
          setMessage({
            kind: "ok",
            text: `Imported ${count(result.statusesImported, "status", "statuses")} and ${count(result.notesImported, "note")} (${result.mode}). Your progress from before is under Automatic backups.`,
          }),
        onError: fail,
      },
    );
    setPending(null);
  };

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">Back up or move your progress</h2>
      <p>Your statuses and notes as one JSON file — to keep, or to load on another machine.</p>
      <div className="button-row">
        <a className="button" href="/api/progress/export" download>
          Export progress
        </a>
        <label className="inline-field">
          When importing:{" "}
          <select value={mode} onChange={(event) => setMode(event.target.value as "replace" | "merge")}>
            <option value="replace">replace my progress</option>
            <option value="merge">merge into my progress</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={importProgress.isPending}>
          {importProgress.isPending ? "Importing…" : "Import progress…"}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Progress file to import"
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
        confirmLabel={mode === "replace" ? "Replace my progress" : "Merge"}
        onCancel={() => setPending(null)}
        onConfirm={confirmImport}
      >
        {pending ? (
          <ul className="import-changes">
            {(["statuses", "notes"] as const).map((kind) => {
              const changes = pending.changes[kind];
              return (
                <li key={kind}>
                  <strong>{kind === "statuses" ? "Statuses" : "Notes"}:</strong> {changes.added} added, {changes.changed} changed,{" "}
                  {changes.removed} removed, {changes.unchanged} unchanged
                </li>
              );
            })}
          </ul>
        ) : null}
        <p>Your progress as it is now is backed up first and can be restored below.</p>
      </ConfirmDialog>
    </section>
  );
}

export function ProgressPage() {
  const progress = useProgress();
  useDocumentTitle("Your progress");
  return (
    <QueryState query={progress}>
      {({ overall, stages }) => (
        <div className="page">
          <h1>Your progress</h1>
          <div className="stats">
            <div className="stat">
              <span className="stat__value">{overall.percent}%</span>
              <span className="stat__label">done</span>
            </div>
            <div className="stat">
              <span className="stat__value">{overall.hoursDone}</span>
              <span className="stat__label">hours done</span>
            </div>
            <div className="stat">
              <span className="stat__value">{overall.hoursRemaining}</span>
              <span className="stat__label">hours remaining</span>
            </div>
            <div className="stat">
              <span className="stat__value">
                {overall.topicsDone}/{overall.topicsTotal}
              </span>
              <span className="stat__label">topics done</span>
            </div>
          </div>
          <ProgressBar percent={overall.percent} label="Overall progress" />
          <p className="muted">
            Percentages weigh topics by their estimated hours. Skipped topics ({overall.topicsSkipped}) count as neither done nor
            remaining; {count(overall.topicsLearning, "topic")} {overall.topicsLearning === 1 ? "is" : "are"} in progress. Hours
            done count only topics you marked done.
          </p>
          <h2>By stage</h2>
          <ScrollTable label="Progress per stage">
            <table className="progress-table stage-progress-table">
              <caption className="visually-hidden">Progress per stage</caption>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Topics done</th>
                  <th scope="col">Hours left</th>
                </tr>
              </thead>
              <tbody>
                {stages.map((stage) => (
                  <tr key={stage.id}>
                    <th scope="row">
                      <Link to={webPaths.stage(stage.id)}>
                        {stage.order}. {stage.title}
                      </Link>
                    </th>
                    <td>
                      <div className="progress-table__bar">
                        <ProgressBar percent={stage.percent} label={`Stage ${stage.order} progress`} size="sm" />
                        <span>{stage.percent}%</span>
                      </div>
                    </td>
                    <td>
                      {stage.topicsDone}/{stage.topicsTotal}
                    </td>
                    <td>{stage.hoursRemaining} h</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <ImportExport />
        </div>
      )}
    </QueryState>
  );
}
