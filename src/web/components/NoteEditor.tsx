import { useCallback, useEffect, useRef, useState } from "react";
import { NOTE_MAX_LENGTH } from "../../shared/progress/note.js";
import { useSaveNote } from "../api/queries.js";
import "./NoteEditor.css";

const AUTOSAVE_DELAY_MS = 700;

type SaveState = { kind: "idle" } | { kind: "pending" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

function statusText(state: SaveState, length: number): string {
  if (length > NOTE_MAX_LENGTH) {
    return `Too long: ${length.toLocaleString()} of ${NOTE_MAX_LENGTH.toLocaleString()} characters. Shorten it to save.`;
  }
  switch (state.kind) {
    case "pending":
      return "Saving…";
    case "saved":
      return `Saved ${new Date(state.at).toLocaleTimeString()}`;
    case "error":
      return `Not saved: ${state.message}`;
    case "idle":
      return "";
  }
}

/** A private note that saves itself shortly after the learner stops typing, on blur, and on leaving the page. */
export function NoteEditor({
  topicId,
  initialText,
  updatedAt,
}: {
  topicId: string;
  initialText: string;
  updatedAt: string | null;
}) {
  const [text, setText] = useState(initialText);
  const [state, setState] = useState<SaveState>(updatedAt ? { kind: "saved", at: updatedAt } : { kind: "idle" });
  const { mutate } = useSaveNote(topicId);
  const lastSaved = useRef(initialText);
  const latest = useRef(initialText);

  const flush = useCallback(() => {
    const value = latest.current;
    if (value === lastSaved.current || value.length > NOTE_MAX_LENGTH) return;
    lastSaved.current = value;
    mutate(value, {
      onSuccess: (note) => setState({ kind: "saved", at: note.updatedAt }),
      onError: (error) => {
        lastSaved.current = "\u0000unsaved"; // so the next flush retries
        setState({ kind: "error", message: error.message });
      },
    });
  }, [mutate]);

  useEffect(() => {
    const timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, flush]);

  // Leaving the topic with unsaved typing still saves it.
  useEffect(() => flush, [flush]);

  const tooLong = text.length > NOTE_MAX_LENGTH;
  return (
    <section className="note-editor" aria-labelledby="note-heading">
      <h2 id="note-heading">Your notes</h2>
      <p className="muted">Private to you. Saved automatically as you type.</p>
      <label htmlFor="note-text" className="visually-hidden">
        Your notes on this topic
      </label>
      <textarea
        id="note-text"
        value={text}
        rows={8}
        onChange={(event) => {
          latest.current = event.target.value;
          setText(event.target.value);
          setState({ kind: "pending" });
        }}
        onBlur={flush}
        aria-describedby="note-status"
        aria-invalid={tooLong}
      />
      <p
        id="note-status"
        className={`note-editor__status${state.kind === "error" || tooLong ? " text-danger" : ""}`}
        role="status"
      >
        {statusText(state, text.length)}
      </p>
    </section>
  );
}
