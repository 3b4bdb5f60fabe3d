import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState =
  { kind: "idle" } | { kind: "pending" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

/** The save state in words, for a status line beside the editor. */
export function saveStateText(state: SaveState): string {
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

/**
 * Saves text shortly after the learner stops typing, when `flush` is called (on blur), and on
 * leaving the page. `save` resolves with the time the server stored it. Text that `canSave`
 * refuses (too long) waits; a failed save is retried on the next change or flush.
 */
export function useAutosave(
  initialText: string,
  updatedAt: string | null,
  save: (text: string) => Promise<string>,
  options: { delayMs: number; canSave: (text: string) => boolean },
) {
  const [text, setText] = useState(initialText);
  const [state, setState] = useState<SaveState>(updatedAt ? { kind: "saved", at: updatedAt } : { kind: "idle" });
  const lastSaved = useRef(initialText);
  const latest = useRef(initialText);
  const { canSave, delayMs } = options;

  const flush = useCallback(() => {
    const value = latest.current;
    if (value === lastSaved.current || !canSave(value)) return;
    lastSaved.current = value;
    save(value).then(
      (at) => setState({ kind: "saved", at }),
      (error: Error) => {
        lastSaved.current = "\u0000unsaved"; // so the next flush retries
        setState({ kind: "error", message: error.message });
      },
    );
  }, [save, canSave]);

  useEffect(() => {
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [text, flush, delayMs]);

  // Leaving the page with unsaved typing still saves it.
  useEffect(() => flush, [flush]);

  const change = (value: string) => {
    latest.current = value;
    setText(value);
    setState({ kind: "pending" });
  };
  /** Takes text the server already holds (a new draft) without saving it again. */
  const replace = (value: string, at: string) => {
    latest.current = value;
    lastSaved.current = value;
    setText(value);
    setState({ kind: "saved", at });
  };
  return { text, state, change, replace, flush };
}
