import { Link } from "react-router";
import type { PlanResponse } from "../../../shared/api/index.js";
import { dayInZone } from "../../../shared/plan/calendar-date.js";
import { webPaths } from "../../../shared/web-paths.js";
import { useReplan } from "../../api/plan-queries.js";
import { CopyButton } from "../CopyButton.js";
import "./PlanOverview.css";

const STATUS = {
  "not-started": { icon: "○", label: "Not started" },
  behind: { icon: "⚠", label: "Behind" },
  "on-track": { icon: "✓", label: "On track" },
  ahead: { icon: "↑", label: "Ahead" },
  finished: { icon: "★", label: "Finished" },
} as const;

/** The plan itself: the honest verdict, where the learner stands, this week's goals, the calendar feed and every week. */
export function PlanOverview({ plan }: { plan: PlanResponse }) {
  const replan = useReplan();
  const feedUrl = `${window.location.origin}${plan.calendarPath}`;
  const status = STATUS[plan.status.kind];
  return (
    <>
      <section aria-labelledby="plan-finish-heading" className="plan-verdict">
        <h2 id="plan-finish-heading">
          {plan.finishDate ? (
            <>
              Finish: <time dateTime={plan.finishDate}>{plan.finishDate}</time>
            </>
          ) : (
            "Nothing left to plan"
          )}
        </h2>
        <p className={plan.verdict.withinTwelveMonths ? "callout" : "callout callout--warning"}>{plan.verdict.message}</p>
        <p>
          <span className={`plan-status plan-status--${plan.status.kind}`}>
            <span aria-hidden="true">{status.icon}</span> {status.label}
          </span>{" "}
          {plan.status.message}
        </p>
        <div className="button-row">
          <button type="button" className="button" disabled={replan.isPending} onClick={() => replan.mutate(undefined)}>
            {replan.isPending ? "Re-planning…" : "Re-plan from today"}
          </button>
          {replan.isError ? <span role="alert">{replan.error.message}</span> : null}
          {replan.isSuccess ? <span role="status">Re-planned from {plan.settings.startDate}.</span> : null}
          {plan.replannedAt && !replan.isSuccess ? (
            <span className="muted">
              Last re-planned on{" "}
              <time dateTime={plan.replannedAt}>{dayInZone(new Date(plan.replannedAt), plan.settings.timeZone)}</time>.
            </span>
          ) : null}
        </div>
      </section>

      {plan.thisWeek ? (
        <section aria-labelledby="plan-week-heading" className="panel">
          <h2 id="plan-week-heading">
            This week’s goals{" "}
            <span className="muted">
              (week of {plan.thisWeek.start}, {plan.thisWeek.hours} h)
            </span>
          </h2>
          <ul className="plan-goals">
            {plan.thisWeek.topics.map((topic) => (
              <li key={topic.id}>
                <span aria-hidden="true">{topic.done ? "✓" : "○"}</span> <Link to={webPaths.topic(topic.id)}>{topic.title}</Link>
                {topic.done ? <span className="muted"> — done</span> : null}
              </li>
            ))}
          </ul>
          {plan.thisWeek.exercises.length > 0 ? (
            <>
              <h3>Exercises</h3>
              <ul className="plan-goals">
                {plan.thisWeek.exercises.map((exercise) => (
                  <li key={exercise.id}>
                    <span aria-hidden="true">{exercise.solved ? "✓" : "○"}</span>{" "}
                    <Link to={webPaths.exercise(exercise.id)}>{exercise.title}</Link>
                    {exercise.solved ? <span className="muted"> — solved</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="plan-calendar-heading" className="panel">
        <h2 id="plan-calendar-heading">Calendar</h2>
        <p>
          One event per study session at {plan.settings.startTime} ({plan.settings.timeZone}) and one per topic deadline.
        </p>
        <div className="button-row">
          <a className="button" href={plan.calendarPath} download="stepwise-plan.ics">
            Download calendar (.ics)
          </a>
        </div>
        <label htmlFor="plan-feed" className="plan-feed__label">
          Or subscribe, so your calendar follows every re-plan:
        </label>
        <div className="plan-feed">
          <input id="plan-feed" className="text-field" readOnly value={feedUrl} onFocus={(event) => event.target.select()} />
          <CopyButton text={feedUrl} what="calendar feed URL" />
        </div>
      </section>

      <details className="plan-weeks">
        <summary>All {plan.weeks.length} weeks and topic deadlines</summary>
        <ol>
          {plan.weeks.map((week) => (
            <li key={week.start}>
              <strong>Week of {week.start}</strong> <span className="muted">({week.hours} h)</span>:{" "}
              {week.topics.map((topic) => topic.title).join(", ")}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
