import type { GradingResult, GradingStatus } from "../../shared/grading/result.js";
import { Fragment } from "react";
import "./TestResults.css";

const STATUS: Record<GradingStatus, { icon: string; label: string }> = {
  pass: { icon: "✓", label: "Passed" },
  fail: { icon: "✗", label: "Failed" },
  error: { icon: "!", label: "Error" },
};

const RUNTIME_LABELS: Record<GradingResult["runtime"], string> = {
  browser: "in your browser",
  native: "on your Python",
  pyodide: "on the server",
  sandbox: "in the server's sandbox",
};

/** A snake_case test name with a line-break opportunity after each underscore, so a phone wraps it between words. */
function breakableName(name: string) {
  return name.split(/(?<=_)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

/** The outcome of a run: overall status and message, then every test with its message and output. */
export function TestResults({ result }: { result: GradingResult }) {
  const overall = STATUS[result.status];
  return (
    <section className="test-results" aria-labelledby="results-heading" aria-live="polite">
      <h2 id="results-heading" className={`result-banner result-banner--${result.status}`}>
        <span aria-hidden="true">{overall.icon}</span> {overall.label}
        <span className="result-banner__meta">
          {RUNTIME_LABELS[result.runtime]}, {result.durationMs} ms
        </span>
      </h2>
      <p className="test-results__message">{result.message}</p>
      {result.output ? (
        <details open>
          <summary>Printed while loading your code</summary>
          <pre className="test-results__output" tabIndex={0}>
            {result.output}
          </pre>
        </details>
      ) : null}
      <ol className="test-list">
        {result.tests.map((test) => (
          <li key={test.name} className={`test-list__item result--${test.status}`}>
            <span className="test-list__name">
              <span aria-hidden="true">{STATUS[test.status].icon}</span>{" "}
              <span className="visually-hidden">{STATUS[test.status].label}: </span>
              {breakableName(test.name)}
            </span>
            {test.message ? (
              <pre className="test-list__message" tabIndex={0}>
                {test.message}
              </pre>
            ) : null}
            {test.output ? (
              <details>
                <summary>Printed output</summary>
                <pre className="test-results__output" tabIndex={0}>
                  {test.output}
                </pre>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
