import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useProgress } from "../api/queries.js";
import { ProgressTransfer } from "../components/ProgressTransfer.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { QueryState } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ProgressPage.css";
import { count } from "../../shared/text/plural.js";

export function ProgressPage() {
  const progress = useProgress();
  useDocumentTitle("Your progress");
  return (
    <QueryState query={progress}>
      {({ overall, stages }) => (
        <div className="page">
          <h1>Your progress</h1>
          <div className="stats">
            <div className="stat">
              <span className="stat__value">{overall.percent}%</span>
              <span className="stat__label">done</span>
            </div>
            <div className="stat">
              <span className="stat__value">{overall.hoursDone}</span>
              <span className="stat__label">hours done</span>
            </div>
            <div className="stat">
              <span className="stat__value">{overall.hoursRemaining}</span>
              <span className="stat__label">hours remaining</span>
            </div>
            <div className="stat">
              <span className="stat__value">
                {overall.topicsDone}/{overall.topicsTotal}
              </span>
              <span className="stat__label">topics done</span>
            </div>
          </div>
          <ProgressBar percent={overall.percent} label="Overall progress" />
          <p className="muted">
            Percentages weigh topics by their estimated hours. Skipped topics ({overall.topicsSkipped}) count as neither done nor
            remaining; {count(overall.topicsLearning, "topic")} {overall.topicsLearning === 1 ? "is" : "are"} in progress. Hours
            done count only topics you marked done.
          </p>
          <h2>By stage</h2>
          <table className="progress-table stage-progress-table">
            <caption className="visually-hidden">Progress per stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Progress</th>
                <th scope="col">Topics done</th>
                <th scope="col">Hours left</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((stage) => (
                <tr key={stage.id}>
                  <th scope="row">
                    <Link to={webPaths.stage(stage.id)}>
                      {stage.order}. {stage.title}
                    </Link>
                  </th>
                  <td>
                    <div className="progress-table__bar">
                      <ProgressBar percent={stage.percent} label={`Stage ${stage.order} progress`} size="sm" />
                      <span>{stage.percent}%</span>
                    </div>
                  </td>
                  <td>
                    {stage.topicsDone}/{stage.topicsTotal}
                  </td>
                  <td>{stage.hoursRemaining} h</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProgressTransfer />
        </div>
      )}
    </QueryState>
  );
}
