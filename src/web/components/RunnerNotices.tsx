import { installHint } from "../../shared/python/install-hint.js";
import type { ExerciseRunner } from "../hooks/use-exercise-runner.js";
import { PythonLoader } from "./PythonLoader.js";

/**
 * What stands between the learner and a run, said before Run: packages the browser cannot load (with
 * one click to My Python), packages their own Python lacks (with the install command), why My Python
 * is off, and the browser's Python loading.
 */
export function RunnerNotices({ runner }: { runner: ExerciseRunner }) {
  const interpreter = runner.settings?.serverPython.interpreter ?? "python3";
  const offReason = runner.settings?.serverPython.reason;
  return (
    <>
      {runner.runtime === "browser" && runner.browserPackageProblem ? (
        <div className="callout callout--warning" role="status">
          <p>{runner.browserPackageProblem}</p>
          {runner.nativeAllowed ? (
            <button type="button" className="button" onClick={() => runner.chooseRuntime("native")}>
              Run on My Python instead
            </button>
          ) : runner.sandboxAllowed ? (
            <button type="button" className="button" onClick={() => runner.chooseRuntime("sandbox")}>
              Run in Stepwise&apos;s sandbox instead
            </button>
          ) : null}
        </div>
      ) : null}
      {runner.runtime === "native" && runner.missingPackages.length > 0 ? (
        <p className="callout callout--warning" role="status">
          Your Python ({interpreter}) does not have {runner.missingPackages.join(" or ")}, which this exercise needs. Install{" "}
          {runner.missingPackages.length === 1 ? "it" : "them"}:{" "}
          {runner.missingPackages.map((name) => (
            <code key={name} className="install-hint">
              {installHint(interpreter, name)}
            </code>
          ))}{" "}
          and restart Stepwise.
        </p>
      ) : null}
      {!runner.nativeAllowed && !runner.sandboxAllowed && offReason ? (
        <p className="muted hint">My Python is off: {offReason}</p>
      ) : null}
      {runner.runtime === "sandbox" && runner.sandboxForPackages.length > 0 ? (
        <p className="callout" role="status">
          This browser cannot load {runner.sandboxForPackages.join(", ")} (the Pyodide package index is out of its reach), so Run
          grades this exercise on Stepwise&apos;s server in a sandbox, with the same tests: the result counts as verified.
        </p>
      ) : runner.runtime === "sandbox" ? (
        <p className="muted hint">
          Runs on Stepwise&apos;s server in a sandbox, with the same tests: the result counts as verified.
        </p>
      ) : null}
      {runner.runtime === "browser" ? <PythonLoader state={runner.python} /> : null}
    </>
  );
}
