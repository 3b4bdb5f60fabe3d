import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useProjects } from "../api/queries.js";
import { QueryState } from "../components/QueryState.js";
import { CompetitionStatus } from "../components/projects/CompetitionStatus.js";
import { formatScore } from "../../shared/projects/format-score.js";
import { MetricName } from "../components/projects/MetricScore.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ProjectsPage.css";

export function ProjectsPage() {
  const projects = useProjects();
  useDocumentTitle("Projects");
  return (
    <QueryState query={projects}>
      {(data) => (
        <div className="page">
          <h1>Projects</h1>
          <p className="lead">
            Competitions on real data, the way Kaggle runs them: train on the training set, submit predictions for the test set,
            and get scored on hidden answers you never see.
          </p>
          {data.projects.length === 0 ? (
            <div className="empty-state" role="status">
              <h2>No projects yet</h2>
              <p>Projects live in content/projects. Until one is added, keep practising with the roadmap's exercises.</p>
              <Link className="button button--primary" to={webPaths.roadmap()}>
                Continue the roadmap
              </Link>
            </div>
          ) : (
            <ul className="project-cards">
              {data.projects.map((project) => (
                <li key={project.id} className="project-card">
                  <h2 className="project-card__title">
                    <Link to={webPaths.project(project.id)}>{project.title}</Link>
                  </h2>
                  <p className="project-card__summary">{project.summary}</p>
                  <dl className="project-card__facts">
                    <div>
                      <dt>Status</dt>
                      <dd>
                        <CompetitionStatus closed={project.closed} />
                      </dd>
                    </div>
                    <div>
                      <dt>Metric</dt>
                      <dd>
                        <MetricName metric={project.primaryMetric} />
                      </dd>
                    </div>
                    <div>
                      <dt>Your best public score</dt>
                      <dd>
                        {project.myBestPublicScore === null ? (
                          <span className="muted">none yet</span>
                        ) : (
                          <strong>{formatScore(project.primaryMetric, project.myBestPublicScore)}</strong>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>Your submissions</dt>
                      <dd>{project.mySubmissions}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </QueryState>
  );
}
