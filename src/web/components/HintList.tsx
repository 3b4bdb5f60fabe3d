import { useState } from "react";
import "./HintList.css";

/** Hints one at a time, each more specific than the last. */
export function HintList({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  return (
    <section aria-labelledby="hints-heading" className="hints">
      <h2 id="hints-heading" className="h-small">
        Hints
      </h2>
      {shown > 0 ? (
        <ol className="hints__list">
          {hints.slice(0, shown).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      ) : null}
      {shown < hints.length ? (
        <button type="button" className="button" onClick={() => setShown((count) => count + 1)}>
          {shown === 0 ? "Show a hint" : "Show the next hint"} ({shown} of {hints.length} shown)
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}
    </section>
  );
}
