import { Link, useParams } from "react-router";
import type { ProjectResponse } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useMe } from "../api/account-queries.js";
import { useProject } from "../api/queries.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { QueryState } from "../components/QueryState.js";
import { CohortBoard, useCohortChoice } from "../components/projects/CohortBoard.js";
import { CompetitionStatus } from "../components/projects/CompetitionStatus.js";
import { FinishCompetition } from "../components/projects/FinishCompetition.js";
import { Leaderboard } from "../components/projects/Leaderboard.js";
import { MetricName } from "../components/projects/MetricScore.js";
import { ProjectData } from "../components/projects/ProjectData.js";
import { ProjectSteps } from "../components/projects/ProjectSteps.js";
import { SubmissionsTable } from "../components/projects/SubmissionsTable.js";
import { SubmitPanel } from "../components/projects/SubmitPanel.js";
import { PageToc } from "../components/PageToc.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ProjectPage.css";

const SECTIONS = [
  ["brief", "Brief"],
  ["steps", "Steps"],
  ["data", "Data"],
  ["submit", "Submit"],
  ["submissions", "Your submissions"],
  ["leaderboard", "Leaderboard"],
  ["finish", "Finish"],
] as const;

function ProjectView({ project }: { project: ProjectResponse }) {
  // A shared Stepwise runs competitions per cohort, opened and closed by its instructor.
  const shared = useMe().data?.mode === "multi";
  const cohortChoice = useCohortChoice(shared);
  return (
    <article className="page page--wide project">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={webPaths.projects()}>Projects</Link>
      </nav>
      <h1>{project.title}</h1>
      <p className="lead">{project.summary}</p>
      <p className="project-meta">
        {shared ? null : <CompetitionStatus closed={project.closed} />}
        <span>
          Leaderboard metric: <MetricName metric={project.primaryMetric} />
        </span>
        <span>
          Topic: <Link to={webPaths.topic(project.topicId)}>the lesson it practises</Link>
        </span>
        <span>
          Dataset: <Link to={webPaths.dataset(project.datasetId)}>explore it</Link>
        </span>
      </p>
      <PageToc sections={shared ? SECTIONS.filter(([section]) => section !== "finish") : SECTIONS} />
      {/* The brief brings its own second-level headings (The task, The data, …). */}
      <div id="brief" className="project-brief">
        <LessonHtml html={project.briefHtml} label="Project brief" />
      </div>
      <ProjectSteps steps={project.steps} />
      <ProjectData project={project} />
      <SubmitPanel project={project} cohortId={shared ? cohortChoice.cohortId : null} />
      <SubmissionsTable project={project} />
      {shared ? <CohortBoard project={project} choice={cohortChoice} /> : <Leaderboard project={project} />}
      {shared ? null : <FinishCompetition project={project} />}
    </article>
  );
}

export function ProjectPage() {
  const { projectId = "" } = useParams();
  const project = useProject(projectId);
  useDocumentTitle(project.data?.title);
  return <QueryState query={project}>{(data) => <ProjectView project={data} />}</QueryState>;
}
