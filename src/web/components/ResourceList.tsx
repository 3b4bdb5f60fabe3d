import type { Resource } from "../../shared/content/resource.js";
import "./ResourceList.css";

const COST_LABELS: Record<Resource["cost"], string> = {
  free: "Free",
  "free-audit": "Free to audit",
  paid: "Paid",
  subscription: "Subscription",
};

/** Resources with kind, cost and level badges; links open in a new tab. */
export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  return (
    <ul className="resources">
      {resources.map((resource) => (
        <li key={resource.url} className="resource">
          <a href={resource.url} target="_blank" rel="noopener noreferrer" className="resource__title">
            {resource.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <div className="resource__badges">
            <span className="badge">{resource.kind}</span>
            <span className={`badge badge--cost-${resource.cost}`}>{COST_LABELS[resource.cost]}</span>
            <span className="badge">{resource.level}</span>
          </div>
          {resource.description ? <p className="resource__description">{resource.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
