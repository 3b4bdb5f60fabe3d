import type { PythonState } from "../python/browser-python.js";
import { ProgressBar } from "./ProgressBar.js";
import "./PythonLoader.css";

/** Shows Python loading in the browser, with a percentage, or why it failed. */
export function PythonLoader({ state }: { state: PythonState }) {
  if (state.phase === "failed") {
    return (
      <p role="alert" className="text-danger">
        {state.error}
      </p>
    );
  }
  if (state.phase !== "loading" && !(state.label.startsWith("Loading") && state.percent < 100)) return null;
  return (
    <div className="python-loader" role="status">
      <span>
        {state.label}… {state.percent}%
      </span>
      <ProgressBar percent={state.percent} label={state.label} size="sm" />
    </div>
  );
}
