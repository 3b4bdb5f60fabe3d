import type { ReactNode } from "react";
import type { ExerciseRunner, RuntimeChoice } from "../hooks/use-exercise-runner.js";
import "./RunToolbar.css";

/** Run, Stop and where the code runs, above an exercise editor; `status` sits at the end (e.g. whether the code is saved). */
export function RunToolbar({ runner, status }: { runner: ExerciseRunner; status?: ReactNode }) {
  return (
    <div className="run-toolbar" role="toolbar" aria-label="Code actions">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void runner.run()}
        disabled={runner.running || runner.pythonBusy}
        title="Run the tests (Ctrl+Enter or ⌘+Enter)"
      >
        ▶ {runner.running ? "Running…" : "Run"} <kbd>Ctrl+Enter</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={runner.stop}
        disabled={!runner.running || runner.runtime !== "browser"}
        title="Stop the running code (Esc)"
      >
        ■ Stop <kbd>Esc</kbd>
      </button>
      <label className="inline-field">
        Run on{" "}
        <select value={runner.runtime} onChange={(event) => runner.chooseRuntime(event.target.value as RuntimeChoice)}>
          <option value="browser" disabled={runner.nativeOnly}>
            Browser (Pyodide){runner.nativeOnly ? " — not for PyTorch" : ""}
          </option>
          <option value="native" disabled={!runner.nativeAllowed}>
            My Python{runner.settings ? ` (${runner.settings.serverPython.interpreter})` : ""}
          </option>
          {runner.sandboxAllowed ? <option value="sandbox">Stepwise&apos;s sandbox (verified)</option> : null}
        </select>
      </label>
      {status}
    </div>
  );
}
