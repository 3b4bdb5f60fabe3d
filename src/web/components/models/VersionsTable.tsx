import { useState } from "react";
import { Link } from "react-router";
import type { ModelResponse, ModelVersionView } from "../../../shared/api/index.js";
import { modelPaths, useDeleteVersion } from "../../api/model-queries.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Timestamp } from "../projects/Timestamp.js";
import { AliasBadges } from "./AliasBadges.js";
import { formatSize } from "../format-size.js";
import { formatSignature } from "./model-format.js";
import { ScrollTable } from "../ScrollTable.js";
import "./VersionsTable.css";

const BUNDLE_TITLE =
  "A zip to run this version anywhere: a Flask app, a Dockerfile, a Triton model repository and a KServe InferenceService";

/**
 * Every version of a model, newest first, with its file, signature and aliases; the selected one
 * (`?version=N`) drives the panels below the table. Deleting asks first; the server refuses while an
 * alias points at the version, and its message says which.
 */
export function VersionsTable({
  model,
  selected,
  onDeleted,
}: {
  model: ModelResponse;
  selected: number;
  onDeleted: (version: number) => void;
}) {
  const remove = useDeleteVersion(model.name);
  const [confirming, setConfirming] = useState<ModelVersionView | null>(null);

  const confirm = () => {
    const version = confirming;
    setConfirming(null);
    if (!version) return;
    remove.mutate(version.version, { onSuccess: () => onDeleted(version.version) });
  };

  return (
    <section aria-labelledby="versions-heading" id="versions">
      <h2 id="versions-heading">Versions</h2>
      <p className="muted" id="versions-help">
        Choose a version to see its aliases and model card below. A version an alias points at cannot be deleted: move the alias
        first.
      </p>
      {remove.isError ? (
        <div role="alert" className="versions-error">
          <p>
            <span aria-hidden="true">✕ </span>
            <strong>Not deleted.</strong> {remove.error.message}
          </p>
          <button type="button" className="button" onClick={() => remove.reset()}>
            Dismiss
          </button>
        </div>
      ) : null}
      <ScrollTable label="Table of the model's versions">
        <table className="progress-table versions-table">
          <caption className="visually-hidden">
            Versions of {model.name}, newest first: created, size, SHA-256, aliases, inputs and outputs, and downloads
          </caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Created</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">SHA-256</th>
              <th scope="col">Aliases</th>
              <th scope="col">Inputs → outputs</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {model.versions.map((version) => {
              const isSelected = version.version === selected;
              const deleting = remove.isPending && remove.variables === version.version;
              return (
                <tr key={version.version} className={isSelected ? "versions-table__selected" : undefined}>
                  <td>
                    <Link
                      to={{ search: `?version=${version.version}` }}
                      replace
                      preventScrollReset
                      aria-current={isSelected ? "true" : undefined}
                      aria-describedby="versions-help"
                      className="versions-table__version"
                    >
                      Version {version.version}
                    </Link>
                    {isSelected ? <span className="muted versions-table__shown"> (shown below)</span> : null}
                  </td>
                  <td>
                    <Timestamp iso={version.createdAt} />
                  </td>
                  <td className="numeric">{formatSize(version.sizeBytes)}</td>
                  <td>
                    <code title={version.sha256}>{version.sha256.slice(0, 12)}</code>
                  </td>
                  <td>
                    <AliasBadges aliases={version.aliases} />
                  </td>
                  <td>
                    <code className="versions-table__signature">{formatSignature(version.signature)}</code>
                  </td>
                  <td>
                    <div className="versions-table__actions">
                      <a
                        className="button"
                        href={modelPaths.file(model.name, version.version)}
                        download
                        aria-label={`Download ONNX of version ${version.version}`}
                      >
                        Download ONNX
                      </a>
                      <a
                        className="button"
                        href={modelPaths.bundle(model.name, version.version)}
                        download
                        title={BUNDLE_TITLE}
                        aria-label={`Bundle (zip) of version ${version.version}`}
                      >
                        Bundle (zip)
                      </a>
                      <button
                        type="button"
                        className="button button--danger"
                        disabled={deleting}
                        aria-label={`${deleting ? "Deleting" : "Delete"} version ${version.version}`}
                        onClick={() => {
                          remove.reset();
                          setConfirming(version);
                        }}
                      >
                        {deleting ? "Deleting…" : "Delete"}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <ConfirmDialog
        open={confirming !== null}
        title={`Delete version ${confirming?.version ?? ""}?`}
        confirmLabel="Delete version"
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      >
        <p>
          Its ONNX file and model card go, and its URLs stop answering. Other versions keep their numbers; a new upload never
          reuses this one.
        </p>
      </ConfirmDialog>
    </section>
  );
}
