import { Link, useParams } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useIsVisitor } from "../api/account-queries.js";
import { useStage } from "../api/queries.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { QueryState } from "../components/QueryState.js";
import { ResourceList } from "../components/ResourceList.js";
import { BeyondRoadmapNote } from "../components/BeyondRoadmapNote.js";
import { TopicList } from "../components/TopicList.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useJkNavigation } from "../hooks/use-jk-navigation.js";
import { count } from "../../shared/text/plural.js";

export function StagePage() {
  const { stageId = "" } = useParams();
  const stage = useStage(stageId);
  const visitor = useIsVisitor();
  useDocumentTitle(stage.data?.title);
  useJkNavigation();
  return (
    <QueryState query={stage}>
      {(data) => (
        <article className="page">
          <p className="eyebrow">
            Stage {data.order} of {data.stageCount}
          </p>
          <h1>{data.title}</h1>
          <p className="lead">{data.summary}</p>
          {data.beyondRoadmap ? <BeyondRoadmapNote /> : null}
          {visitor ? (
            <p className="muted">
              {count(data.progress.topicsTotal, "topic")} · about {data.estimatedHours} hours
            </p>
          ) : (
            <>
              <ProgressBar percent={data.progress.percent} label={`Stage ${data.order} progress`} />
              <p className="muted">
                {data.progress.percent}% done · {data.progress.topicsDone} of {count(data.progress.topicsTotal, "topic")} ·{" "}
                {data.progress.hoursRemaining} of {data.estimatedHours} hours to go
              </p>
            </>
          )}
          <h2>What you will be able to do</h2>
          <ul>
            {data.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
          <h2>Topics</h2>
          <TopicList topics={data.topics} showSummary showStatus={!visitor} />
          {data.resources.length > 0 ? (
            <>
              <h2>{data.beyondRoadmap ? "Resources to go further" : "Resources the roadmap recommends"}</h2>
              <ResourceList resources={data.resources} />
            </>
          ) : null}
          <nav className="pager" aria-label="Stages">
            {data.previous ? (
              <Link to={webPaths.stage(data.previous.id)} rel="prev">
                ← Stage {data.previous.order}: {data.previous.title}
              </Link>
            ) : (
              <span />
            )}
            {data.next ? (
              <Link to={webPaths.stage(data.next.id)} rel="next">
                Stage {data.next.order}: {data.next.title} →
              </Link>
            ) : null}
          </nav>
        </article>
      )}
    </QueryState>
  );
}
