import { useId, useRef, useState } from "react";
import type { UploadResponse } from "../../../shared/api/index.js";
import { MODEL_NAME_PATTERN } from "../../../shared/models/names.js";
import { useUploadModel } from "../../api/model-queries.js";
import { ProgressBar } from "../ProgressBar.js";
import { FileDropZone } from "../FileDropZone.js";
import { MODEL_NAME_RULE, modelNameFromFileName } from "./model-format.js";
// The drop zone, progress and error blocks look the same as a project submission's.
import "../projects/SubmitPanel.css";
import "./ModelForms.css";
import "./ModelUpload.css";

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "checking" };

function UploadProgress({ phase, fileName }: { phase: Phase; fileName: string }) {
  const percent = phase.kind === "uploading" ? phase.percent : 100;
  return (
    <div className="submit-progress">
      <p className="submit-progress__label">
        {phase.kind === "uploading"
          ? `Uploading ${fileName}… ${percent}%`
          : "Uploaded 100%. Checking that the model loads and reading its inputs and outputs…"}
      </p>
      <ProgressBar percent={percent} label={`Uploading ${fileName}`} />
    </div>
  );
}

/**
 * Choose or drop an .onnx file and upload it as the next version of a model. Without `fixedName` the
 * learner names a new model (pre-filled from the file name); with it, the file becomes that model's
 * next version. The server judges the file's content: its refusal is shown as it says it, and nothing changes.
 */
export function ModelUpload({ fixedName, onUploaded }: { fixedName?: string; onUploaded: (response: UploadResponse) => void }) {
  const upload = useUploadModel();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const nameId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  // Once the learner types a name, choosing another file no longer overwrites it.
  const [nameEdited, setNameEdited] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  const busy = phase.kind !== "idle";
  const targetName = fixedName ?? name;
  const nameValid = MODEL_NAME_PATTERN.test(targetName);
  const empty = file !== null && file.size === 0;
  const canUpload = file !== null && !empty && nameValid && !busy;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
    if (chosen && !fixedName && !nameEdited) setName(modelNameFromFileName(chosen.name));
  };

  const send = async () => {
    if (!file || !canUpload) return;
    upload.reset();
    setPhase({ kind: "uploading", percent: 0 });
    try {
      const response = await upload.mutateAsync({
        name: targetName,
        file,
        onProgress: (fraction) =>
          setPhase(fraction >= 1 ? { kind: "checking" } : { kind: "uploading", percent: Math.floor(fraction * 100) }),
      });
      setFile(null);
      setName("");
      setNameEdited(false);
      if (input.current) input.current.value = "";
      onUploaded(response);
    } catch {
      // The mutation keeps the error; the alert below shows it.
    } finally {
      setPhase({ kind: "idle" });
    }
  };

  const disabledReason =
    file === null
      ? "Choose an .onnx file first"
      : empty
        ? "The file is empty"
        : !nameValid
          ? "Give the model a valid name first"
          : undefined;

  return (
    <div className="model-upload" aria-busy={busy}>
      <form
        className="submit-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FileDropZone
          inputId={inputId}
          inputRef={input}
          label="Choose an .onnx file"
          hint="Drag your .onnx file here, or choose it:"
          accept=".onnx"
          disabled={busy}
          file={file}
          onChoose={choose}
        >
          {empty ? (
            <p className="model-upload__warning" role="alert">
              <span aria-hidden="true">⚠ </span>
              {file.name} is empty (0 bytes). Choose the file your export wrote.
            </p>
          ) : null}
        </FileDropZone>
        {fixedName ? (
          <p className="muted">
            It becomes the next version of <strong>{fixedName}</strong>; the versions before it stay as they are.
          </p>
        ) : (
          <div className="model-upload__name">
            <label htmlFor={nameId}>Model name</label>
            <input
              id={nameId}
              className="text-field"
              type="text"
              value={name}
              maxLength={63}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={name !== "" && !nameValid}
              aria-describedby={`${nameId}-rule`}
              onChange={(event) => {
                setName(event.target.value);
                setNameEdited(true);
              }}
            />
            <p id={`${nameId}-rule`} className={`hint${name !== "" && !nameValid ? " text-danger" : " muted"}`}>
              {name !== "" && !nameValid ? <span aria-hidden="true">✕ </span> : null}
              {name !== "" && !nameValid ? "Not a valid name: use " : "Use "}
              {MODEL_NAME_RULE}. It becomes part of the model's URLs.
            </p>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!canUpload} title={disabledReason}>
            {busy ? "Uploading…" : fixedName ? "Upload as the next version" : "Upload model"}
          </button>
        </div>
      </form>
      {busy ? <UploadProgress phase={phase} fileName={file?.name ?? "the file"} /> : null}
      {upload.error ? (
        <div role="alert" className="submit-error">
          <p className="submit-error__title">
            <span aria-hidden="true">✕ </span>Not uploaded
          </p>
          <p className="submit-error__message">{upload.error.message}</p>
          <p className="muted">Nothing was stored. Fix the file and upload it again.</p>
        </div>
      ) : null}
    </div>
  );
}
