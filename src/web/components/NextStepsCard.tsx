import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useNextSteps, useReadiness } from "../api/readiness-queries.js";
import "./NextStepsCard.css";

const KIND_ICONS = { exercise: "⌨", review: "↻", topic: "◇", finished: "★" } as const;

/** The roadmap's "continue where you left off" and one line on readiness, both from the learner's own work. */
export function NextStepsCard() {
  const steps = useNextSteps().data?.steps ?? [];
  const summary = useReadiness().data?.summary;
  if (steps.length === 0 && !summary) return null;
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" className="next-steps__heading">
        Continue where you left off
      </h2>
      <ul className="next-steps__list">
        {steps.map((step, index) => (
          <li key={step.href} className="next-steps__item">
            <span aria-hidden="true" className="next-steps__icon">
              {KIND_ICONS[step.kind]}
            </span>
            <Link to={step.href} className={index === 0 ? "next-steps__link next-steps__link--first" : "next-steps__link"}>
              {step.title}
            </Link>
            <span className="muted"> — {step.reason}</span>
          </li>
        ))}
      </ul>
      {summary ? (
        <p className="next-steps__readiness">
          <strong>Readiness:</strong> {summary.text} <Link to={webPaths.readiness()}>See the checklist</Link>
        </p>
      ) : null}
    </section>
  );
}
