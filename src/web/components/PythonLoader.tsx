import type { PythonState } from "../python/browser-python.js";
import { ProgressBar } from "./ProgressBar.js";
import "./PythonLoader.css";

/** The line above the bar: what Python is doing now. */
function statusText(state: PythonState, loading: boolean): string {
  if (loading) return `${state.label}… ${state.percent}%`;
  return state.phase === "idle" ? "Starting Python…" : "Python is ready in your browser";
}

/**
 * Shows Python loading in the browser, with a percentage, or why it failed. Once loaded it keeps its
 * place (the bar hidden, not removed), so the editor below does not jump up the moment Python is ready.
 */
export function PythonLoader({ state }: { state: PythonState }) {
  if (state.phase === "failed") {
    return (
      <p role="alert" className="text-danger">
        {state.error}
      </p>
    );
  }
  // Packages load after start-up too ("Loading numpy"), with the phase already past "loading".
  const loading = state.phase === "loading" || (state.label.startsWith("Loading") && state.percent < 100);
  return (
    <div className={`python-loader${loading ? "" : " python-loader--done"}`} role="status">
      <span>{statusText(state, loading)}</span>
      <ProgressBar percent={state.percent} label={state.label || "Starting Python"} size="sm" />
    </div>
  );
}
