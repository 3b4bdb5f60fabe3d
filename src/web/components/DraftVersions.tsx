import { useState } from "react";
import { count } from "../../shared/text/plural.js";
import { useDraftVersions } from "../api/queries.js";
import "./DraftVersions.css";

/**
 * The learner's earlier code of this exercise (kept at every reset or restore and every ten
 * minutes of typing), each one click from the editor; the code it replaces is kept in turn.
 */
export function DraftVersions({ exerciseId, onRestore }: { exerciseId: string; onRestore: (code: string) => void }) {
  const [open, setOpen] = useState(false);
  const versions = useDraftVersions(exerciseId, open);
  const list = versions.data?.versions ?? [];
  return (
    <details className="draft-versions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Earlier versions</summary>
      {versions.isPending ? <p className="muted">Loading…</p> : null}
      {versions.isError ? (
        <p role="alert" className="text-danger">
          {versions.error.message}
        </p>
      ) : null}
      {versions.isSuccess && list.length === 0 ? (
        <p className="muted">None yet: your code is kept here when you reset it, and every ten minutes while you type.</p>
      ) : null}
      {list.length > 0 ? (
        <ul>
          {list.map((version) => {
            const when = new Date(version.savedAt).toLocaleString();
            return (
              <li key={version.id}>
                <span>
                  {when} · {count(version.code.split("\n").length, "line")}
                </span>{" "}
                <button type="button" className="button button--ghost" onClick={() => onRestore(version.code)}>
                  Put in the editor<span className="visually-hidden"> the code of {when}</span>
                </button>
                <pre className="draft-versions__preview">{version.code.split("\n").slice(0, 3).join("\n")}</pre>
              </li>
            );
          })}
        </ul>
      ) : null}
    </details>
  );
}
