import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useIsVisitor } from "../api/account-queries.js";
import { useRoadmap } from "../api/queries.js";
import { VisitorCallout } from "../components/accounts/VisitorCallout.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { QueryState } from "../components/QueryState.js";
import { BeyondRoadmapNote } from "../components/BeyondRoadmapNote.js";
import { NextStepsCard } from "../components/NextStepsCard.js";
import { TopicList } from "../components/TopicList.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useJkNavigation } from "../hooks/use-jk-navigation.js";
import "./RoadmapPage.css";
import { count } from "../../shared/text/plural.js";

export function RoadmapPage() {
  const roadmap = useRoadmap();
  const visitor = useIsVisitor();
  useDocumentTitle("Roadmap");
  useJkNavigation();
  return (
    <QueryState query={roadmap}>
      {(data) => (
        <div className="page page--wide">
          <h1>{data.title}</h1>
          <p className="lead">{data.summary}</p>
          {visitor ? (
            <VisitorCallout adds="track your progress, run the exercises, take the quizzes and keep notes" />
          ) : (
            <>
              <div className="overall">
                <ProgressBar percent={data.progress.percent} label="Overall progress" />
                <p>
                  <strong>{data.progress.percent}% done</strong> — {data.progress.topicsDone} of{" "}
                  {count(data.progress.topicsTotal, "topic")}, {data.progress.hoursRemaining} of {data.estimatedHours} hours to
                  go. <Link to={webPaths.progress()}>See your progress</Link>
                </p>
                <p className="muted hint">Tip: press J and K to move between topics.</p>
              </div>
              <NextStepsCard />
            </>
          )}
          <ol className="stage-cards">
            {data.stages.map((stage) => (
              <li key={stage.id} className="stage-card">
                <div className="stage-card__head">
                  <span className="stage-card__number" aria-hidden="true">
                    {stage.order}
                  </span>
                  <div>
                    <h2 className="stage-card__title">
                      <Link to={webPaths.stage(stage.id)}>
                        <span className="visually-hidden">Stage {stage.order}: </span>
                        {stage.title}
                      </Link>
                    </h2>
                    <p className="muted">
                      {count(stage.topics.length, "topic")} · {stage.estimatedHours} h
                      {visitor ? null : ` · ${stage.progress.percent}% done`}
                    </p>
                  </div>
                </div>
                {visitor ? null : (
                  <ProgressBar percent={stage.progress.percent} label={`Stage ${stage.order} progress`} size="sm" />
                )}
                <p>{stage.summary}</p>
                {stage.beyondRoadmap ? <BeyondRoadmapNote compact /> : null}
                <TopicList topics={stage.topics} showStatus={!visitor} />
              </li>
            ))}
          </ol>
          <p className="muted source">
            Based on <a href={data.source.url}>{data.source.title}</a>.
          </p>
        </div>
      )}
    </QueryState>
  );
}
