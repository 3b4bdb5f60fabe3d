import { useQuery } from "@tanstack/react-query";
import { NavLink, useLocation } from "react-router";
import type { ExerciseResponse } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useIsVisitor } from "../api/account-queries.js";
import { useRoadmap } from "../api/queries.js";
import "./StageRail.css";

/**
 * The stages, always at hand; collapses behind a button on small screens, where `pages` (the main
 * navigation) joins it. Without `stages` (a visitor where only the datasets are open), the pages alone.
 */
export function StageRail({
  open,
  onNavigate,
  pages,
  stages,
}: {
  open: boolean;
  onNavigate: () => void;
  pages: React.ReactNode;
  stages: boolean;
}) {
  return (
    <div id="stage-rail" className={`rail${open ? " rail--open" : ""}${stages ? "" : " rail--pages-only"}`}>
      {pages}
      {stages ? <RailStages onNavigate={onNavigate} /> : null}
    </div>
  );
}

function RailStages({ onNavigate }: { onNavigate: () => void }) {
  const roadmap = useRoadmap();
  const visitor = useIsVisitor();
  // On a topic or an exercise, the stage it belongs to is "here" too, not only on the stage's own page.
  const place = /^\/(topics|exercises)\/([^/]+)$/.exec(useLocation().pathname);
  const placeId = place ? decodeURIComponent(place[2] ?? "") : "";
  // The exercise page's own query, read from the cache: the rail never fetches it.
  const exercise = useQuery<ExerciseResponse>({ queryKey: ["exercise", placeId], enabled: false });
  const hereStageId =
    place?.[1] === "topics"
      ? roadmap.data?.stages.find((stage) => stage.topics.some((topic) => topic.id === placeId))?.id
      : place?.[1] === "exercises"
        ? exercise.data?.stageId
        : undefined;
  return (
    <nav aria-label="Stages">
      <h2 className="rail__heading">Stages</h2>
      {roadmap.data ? (
        <ol className="rail__list">
          {roadmap.data.stages.map((stage) => (
            <li key={stage.id}>
              <NavLink
                to={webPaths.stage(stage.id)}
                className={stage.id === hereStageId ? "rail__link rail__link--here" : "rail__link"}
                onClick={onNavigate}
              >
                <span className="rail__number">{stage.order}</span>
                <span className="rail__title">{stage.title}</span>
                {visitor ? null : <span className="rail__percent">{stage.progress.percent}%</span>}
                {stage.id === hereStageId ? <span className="visually-hidden"> (the stage of this page)</span> : null}
              </NavLink>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted rail__loading">{roadmap.isError ? "Stages unavailable." : "Loading stages…"}</p>
      )}
    </nav>
  );
}
