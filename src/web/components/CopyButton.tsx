import { useEffect, useRef, useState } from "react";
import "./CopyButton.css";

/** How long "Copied" stays before the button reads "Copy" again. */
const FEEDBACK_MS = 2000;

/**
 * Copies `text` and says so on the button and to screen readers; says what to do when the browser
 * refuses. `what` names the text for screen readers ("curl example", "calendar feed URL").
 */
export function CopyButton({ text, what, className }: { text: string; what: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      // navigator.clipboard is missing outside a secure context (plain http on another host), so
      // reaching for it can throw before any promise exists: both land here.
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // Clipboard access needs a secure context (https or localhost) and the page's focus.
      setState("failed");
    }
    timer.current = window.setTimeout(() => setState("idle"), FEEDBACK_MS);
  };
  return (
    <>
      {/* The visible word starts the accessible name, so voice control's "click Copy" finds it. */}
      <button type="button" className={className ? `button ${className}` : "button"} onClick={() => void copy()}>
        {state === "copied" ? <span aria-hidden="true">✓ </span> : null}
        {state === "copied" ? "Copied" : "Copy"}
        <span className="visually-hidden"> {what}</span>
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === "copied" ? `${what} copied` : state === "failed" ? "Copying failed: select the text and copy it yourself" : ""}
      </span>
      {state === "failed" ? (
        <span className="copy-button__failed">
          <span aria-hidden="true">✕ </span>The browser refused: select the text and copy it.
        </span>
      ) : null}
    </>
  );
}
