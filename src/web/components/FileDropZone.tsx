import { useState, type ReactNode, type Ref } from "react";
import { formatSize } from "./format-size.js";
import "./FileDropZone.css";

/**
 * Drop a file on the zone or choose it with the (keyboard-reachable) file input; the chosen file's
 * name and size are announced. Used by project submissions and model uploads.
 */
export function FileDropZone({
  inputId,
  inputRef,
  label,
  hint,
  accept,
  disabled,
  file,
  onChoose,
  children,
}: {
  inputId: string;
  /** Lets the owner clear the input after an upload. */
  inputRef?: Ref<HTMLInputElement>;
  /** The input's name, e.g. "Choose an .onnx file". */
  label: string;
  /** What to drag, e.g. "Drag your CSV file here, or choose it:". */
  hint: string;
  accept: string;
  disabled: boolean;
  file: File | null;
  onChoose: (file: File | null) => void;
  /** Shown under the chosen file, e.g. a warning about it. */
  children?: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? " drop-zone--active" : ""}`}
      onDragEnter={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? "none" : "copy";
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (disabled) return;
        const dropped = event.dataTransfer.files[0];
        if (dropped) onChoose(dropped);
      }}
    >
      <p className="drop-zone__hint">
        <span aria-hidden="true">⤓ </span>
        {dragging ? "Drop the file to choose it" : hint}
      </p>
      <label htmlFor={inputId} className="drop-zone__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
      <p className="drop-zone__file" aria-live="polite">
        {file ? (
          <>
            Chosen: <strong>{file.name}</strong> ({formatSize(file.size)})
          </>
        ) : (
          <span className="muted">No file chosen yet.</span>
        )}
      </p>
      {children}
    </div>
  );
}
