import { useEffect, useId, useRef, useState } from "react";
import type { ProjectResponse, SubmitResponse } from "../../../shared/api/index.js";
import { FileRejectedError } from "../../api/client.js";
import { useSubmitFile } from "../../api/queries.js";
import { FileDropZone } from "../FileDropZone.js";
import { ProgressBar } from "../ProgressBar.js";
import { formatScore } from "../../../shared/projects/format-score.js";
import { rankedBoard } from "../../../shared/projects/ranked-board.js";
import { directionHint } from "./MetricScore.js";
import { clockTime } from "./Timestamp.js";
import "./CompetitionStatus.css";
import "./SubmitPanel.css";
import { count } from "../../../shared/text/plural.js";

/** Uploads quicker than this show no progress bar: it would only flicker. */
const SHOW_PROGRESS_AFTER_MS = 1000;

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "scoring" };

function DailyLimit({ limits, closed }: { limits: ProjectResponse["limits"]; closed: boolean }) {
  if (closed) return null;
  const usedUp = limits.usedToday >= limits.dailySubmissions;
  return (
    <p className={usedUp ? "daily-limit daily-limit--used-up" : "daily-limit muted"} id="daily-limit">
      {usedUp ? <span aria-hidden="true">⊘ </span> : null}
      {limits.usedToday} of {count(limits.dailySubmissions, "submission")} used today, resets at {clockTime(limits.resetsAt)} your
      time (00:00 UTC)
      {usedUp ? ". Today's submissions are used up: train and check your model locally until then." : null}
    </p>
  );
}

function Progress({ phase, fileName }: { phase: Phase; fileName: string }) {
  if (phase.kind === "uploading") {
    return (
      <div className="submit-progress">
        <p className="submit-progress__label">
          Uploading {fileName}… {phase.percent}%
        </p>
        <ProgressBar percent={phase.percent} label={`Uploading ${fileName}`} />
      </div>
    );
  }
  return (
    <div className="submit-progress">
      <p className="submit-progress__label">Uploaded 100%. Scoring on the hidden test set…</p>
      <ProgressBar percent={100} label={`Uploaded ${fileName}`} />
    </div>
  );
}

function SubmitResult({ result, metrics }: { result: SubmitResponse; metrics: ProjectResponse["metrics"] }) {
  return (
    <div className="submit-result">
      <p className="submit-result__title">
        <span aria-hidden="true">✓ </span>Scored {result.submission.fileName}:{" "}
        {result.rank === null ? (
          <strong className="submit-result__rank">a late submission, scored but not ranked</strong>
        ) : (
          <>
            <strong className="submit-result__rank">
              Rank {result.rank} of {result.of}
            </strong>{" "}
            {rankedBoard(result)}
          </>
        )}
      </p>
      <dl className="submit-result__scores">
        {metrics.map((metric) => {
          const value = result.submission.publicScores[metric.id];
          return (
            <div key={metric.id}>
              <dt>Public {metric.label}</dt>
              <dd>
                <strong>{value === undefined ? "n/a" : formatScore(metric, value)}</strong>{" "}
                <span className="muted">
                  <span aria-hidden="true">{metric.direction === "lower" ? "↓" : "↑"}</span> {directionHint(metric)}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

function SubmitError({ error }: { error: Error }) {
  const rejected = error instanceof FileRejectedError ? error : null;
  const where = [rejected?.line != null ? `Line ${rejected.line}` : null, rejected?.column ? `column ${rejected.column}` : null]
    .filter(Boolean)
    .join(", ");
  return (
    <div role="alert" className="submit-error">
      <p className="submit-error__title">
        <span aria-hidden="true">✕ </span>Not scored{where ? ": " : ""}
        {where ? <strong className="submit-error__where">{where}</strong> : null}
      </p>
      <p className="submit-error__message">{error.message}</p>
      {rejected?.status === 400 ? <p className="muted">Nothing was stored. Fix the file and submit it again.</p> : null}
    </div>
  );
}

/** Choose or drop a CSV, upload it with progress, and see its public score and rank or exactly what is wrong. */
export function SubmitPanel({ project, cohortId = null }: { project: ProjectResponse; cohortId?: string | null }) {
  const submit = useSubmitFile(project.id);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [slow, setSlow] = useState(false);
  const [result, setResult] = useState<SubmitResponse | null>(null);
  const slowTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(slowTimer.current), []);

  const busy = phase.kind !== "idle";
  // Closed without late submissions, a file chosen or an error from before is stale: show neither.
  const shut = project.closed && !project.lateSubmissions;
  const chosen = shut ? null : file;
  const usedUp = project.limits.usedToday >= project.limits.dailySubmissions;
  const canSubmit = chosen !== null && !busy && !usedUp && !shut;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    submit.reset();
  };

  const send = async () => {
    if (!chosen || !canSubmit) return;
    setResult(null);
    submit.reset();
    setPhase({ kind: "uploading", percent: 0 });
    setSlow(false);
    slowTimer.current = window.setTimeout(() => setSlow(true), SHOW_PROGRESS_AFTER_MS);
    try {
      const scored = await submit.mutateAsync({
        file: chosen,
        description: description.trim(),
        cohortId,
        onProgress: (fraction) =>
          setPhase(fraction >= 1 ? { kind: "scoring" } : { kind: "uploading", percent: Math.floor(fraction * 100) }),
      });
      setResult(scored);
      setFile(null);
      setDescription("");
      if (input.current) input.current.value = "";
    } catch {
      // The mutation keeps the error; SubmitError shows it.
    } finally {
      window.clearTimeout(slowTimer.current);
      setPhase({ kind: "idle" });
      setSlow(false);
    }
  };

  const disabledReason = shut
    ? "The competition is closed"
    : usedUp
      ? `Today's ${project.limits.dailySubmissions} submissions are used up`
      : chosen === null
        ? "Choose a CSV file first"
        : undefined;

  return (
    <section aria-labelledby="submit-heading" id="submit" aria-busy={busy}>
      <h2 id="submit-heading">Submit</h2>
      {shut ? (
        <p className="closed-notice">
          <span aria-hidden="true">⊘ </span>The competition is closed: no more submissions are taken. The leaderboard below is the
          final, private one.
        </p>
      ) : project.closed ? (
        <p className="closed-notice">
          <span aria-hidden="true">⏲ </span>The competition is finished and takes <strong>late submissions</strong>: each is
          scored on the public and the private rows at once, and none is ranked. The leaderboard below stays the final one.
        </p>
      ) : (
        <p>
          Upload your predictions for <code>test.csv</code>. Each one is scored at once on the public part of the hidden answers;
          the rest decide the private leaderboard when the competition finishes.
        </p>
      )}
      <DailyLimit limits={project.limits} closed={shut} />
      <form
        className="submit-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FileDropZone
          // A fresh input when the competition closes or reopens, so no stale choice lingers.
          key={shut ? "closed" : "open"}
          inputId={inputId}
          inputRef={input}
          label="Submission file (.csv)"
          hint="Drag your CSV file here, or choose it:"
          accept=".csv,text/csv"
          disabled={shut || busy || usedUp}
          file={chosen}
          onChoose={choose}
        />
        <div className="form-field submit-form__description">
          <label htmlFor={`${inputId}-description`}>What did you try? (optional)</label>
          <textarea
            id={`${inputId}-description`}
            rows={2}
            maxLength={2000}
            value={description}
            disabled={shut || busy}
            placeholder="e.g. Lag features and a ridge regression"
            onChange={(event) => setDescription(event.target.value)}
          />
          <p className="muted">Shown in your submissions; your portfolio write-up quotes it.</p>
        </div>
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={!canSubmit}
            title={disabledReason}
            aria-describedby={shut ? undefined : "daily-limit"}
          >
            {busy ? "Submitting…" : "Submit for scoring"}
          </button>
        </div>
      </form>
      {busy && slow ? <Progress phase={phase} fileName={chosen?.name ?? "the file"} /> : null}
      <div aria-live="polite">{result ? <SubmitResult result={result} metrics={project.metrics} /> : null}</div>
      {submit.error && !shut ? <SubmitError error={submit.error} /> : null}
    </section>
  );
}
