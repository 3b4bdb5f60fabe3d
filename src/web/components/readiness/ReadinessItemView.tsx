import { Link } from "react-router";
import type { EvidenceLink, ReadinessItem } from "../../../shared/api/index.js";
import { ProgressBar } from "../ProgressBar.js";
import "./ReadinessItemView.css";

/** Shown, under way or not yet: status is never colour alone. */
function itemStatus(item: ReadinessItem): { icon: string; label: string; tone: string } {
  if (item.met) return { icon: "✓", label: "Shown", tone: "met" };
  if (item.progress > 0) return { icon: "◐", label: "Under way", tone: "partial" };
  return { icon: "○", label: "Not yet", tone: "missing" };
}

function LinkList({ label, links }: { label: string; links: readonly EvidenceLink[] }) {
  if (links.length === 0) return null;
  return (
    <p className="readiness-req__links">
      <span className="muted">{label}: </span>
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 ? ", " : null}
          <Link to={link.href}>{link.title}</Link>
        </span>
      ))}
    </p>
  );
}

/** One skill or stage outcome: its status, and each requirement with the work that shows it and what to do next. */
export function ReadinessItemView({ item, headingLevel }: { item: ReadinessItem; headingLevel: "h3" | "h4" }) {
  const status = itemStatus(item);
  const Heading = headingLevel;
  return (
    <article className={`readiness-item readiness-item--${status.tone}`} aria-labelledby={`readiness-${item.id}`}>
      <div className="readiness-item__head">
        <Heading id={`readiness-${item.id}`} className="readiness-item__title">
          {item.title}
        </Heading>
        <span className={`readiness-status readiness-status--${status.tone}`}>
          <span aria-hidden="true">{status.icon}</span> {status.label}
        </span>
      </div>
      {item.summary ? <p className="muted">{item.summary}</p> : null}
      <ProgressBar percent={Math.round(item.progress * 100)} label={`${item.title}: evidence`} size="sm" />
      <ul className="readiness-reqs">
        {item.requirements.map((requirement, index) => (
          <li key={index} className="readiness-req">
            <span aria-hidden="true" className="readiness-req__icon">
              {requirement.met ? "✓" : "○"}
            </span>
            <div>
              <p className="readiness-req__text">
                <span className="visually-hidden">{requirement.met ? "Met: " : "Not met yet: "}</span>
                {requirement.text}
                {requirement.selfReported ? <span className="readiness-req__word"> Your word</span> : null}
              </p>
              <LinkList label="Shown by" links={requirement.shownBy} />
              <LinkList label="Next" links={requirement.next} />
            </div>
          </li>
        ))}
      </ul>
    </article>
  );
}
