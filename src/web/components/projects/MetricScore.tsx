import type { MetricView } from "../../../shared/api/index.js";
import { formatScore } from "../../../shared/projects/format-score.js";
import "./MetricScore.css";

export const directionHint = (metric: Pick<MetricView, "direction">) =>
  metric.direction === "lower" ? "lower is better" : "higher is better";

/** The metric's name with which way is better, as an arrow and in words. */
export function MetricName({ metric }: { metric: MetricView }) {
  return (
    <>
      {metric.label}{" "}
      <span className="muted metric-direction">
        <span aria-hidden="true">{metric.direction === "lower" ? "↓" : "↑"}</span> {directionHint(metric)}
      </span>
    </>
  );
}

/** Scores of one submission, one line per metric; a metric the submission cannot be scored on says why. */
export function ScoreList({ metrics, scores }: { metrics: readonly MetricView[]; scores: Readonly<Record<string, number>> }) {
  return (
    <ul className="score-list">
      {metrics.map((metric) => {
        const value = scores[metric.id];
        return (
          <li key={metric.id}>
            <span className="score-list__label">{metric.label}</span>{" "}
            {value === undefined ? (
              <span className="muted" title="This metric needs probabilities; the file held labels">
                n/a
              </span>
            ) : (
              <strong className="score-list__value">{formatScore(metric, value)}</strong>
            )}
          </li>
        );
      })}
    </ul>
  );
}
