import { Link } from "react-router";
import { useNextSteps } from "../api/readiness-queries.js";
import "./ContinueLink.css";

/** The header's one-click way back to the next thing to do. Nothing shows until it is known. */
export function ContinueLink() {
  const next = useNextSteps().data?.steps[0];
  if (!next) return null;
  return (
    <Link to={next.href} className="continue-link" title={`${next.title} — ${next.reason}`}>
      <span className="continue-link__label">Continue</span>
      <span className="continue-link__title">{next.title}</span>
      <span aria-hidden="true"> →</span>
    </Link>
  );
}
