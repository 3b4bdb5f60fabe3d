import { useCallback } from "react";
import { NOTE_MAX_LENGTH } from "../../shared/progress/note.js";
import { useSaveNote } from "../api/queries.js";
import { type SaveState, saveStateText, useAutosave } from "../hooks/use-autosave.js";
import "./NoteEditor.css";

const AUTOSAVE_DELAY_MS = 700;
const fits = (text: string) => text.length <= NOTE_MAX_LENGTH;

function statusText(state: SaveState, length: number): string {
  if (length > NOTE_MAX_LENGTH) {
    return `Too long: ${length.toLocaleString()} of ${NOTE_MAX_LENGTH.toLocaleString()} characters. Shorten it to save.`;
  }
  return saveStateText(state);
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
  const { mutateAsync } = useSaveNote(topicId);
  const save = useCallback(async (value: string) => (await mutateAsync(value)).updatedAt, [mutateAsync]);
  const { text, state, change, flush } = useAutosave(initialText, updatedAt, save, { delayMs: AUTOSAVE_DELAY_MS, canSave: fits });

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
        onChange={(event) => change(event.target.value)}
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
