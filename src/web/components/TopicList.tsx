import { Link } from "react-router";
import type { TopicSummary } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { StatusBadge } from "./StatusBadge.js";
import "./TopicList.css";

/** A stage's topics in order, each with its status (not for a visitor, who has none) and hours; J/K moves between them. */
export function TopicList({
  topics,
  showSummary = false,
  showStatus = true,
}: {
  topics: readonly TopicSummary[];
  showSummary?: boolean;
  showStatus?: boolean;
}) {
  return (
    <ol className="topic-list">
      {topics.map((topic) => (
        <li key={topic.id} className="topic-list__item">
          <Link to={webPaths.topic(topic.id)} className="topic-list__link" data-nav-item>
            <span className="topic-list__title">{topic.title}</span>
            <span className="topic-list__meta">
              {topic.exercises.total > 0 ? (
                <span className="muted" title={showStatus ? "Exercises solved" : "Exercises"}>
                  {showStatus ? `${topic.exercises.solved}/${topic.exercises.total}` : topic.exercises.total} exercises
                </span>
              ) : null}
              {showStatus ? <StatusBadge status={topic.status} /> : null}
              <span className="muted">{topic.estimatedHours} h</span>
            </span>
          </Link>
          {showSummary ? <p className="topic-list__summary">{topic.summary}</p> : null}
        </li>
      ))}
    </ol>
  );
}
