import { NavLink } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useRoadmap } from "../api/queries.js";
import "./StageRail.css";

/** The stages, always at hand; collapses behind a button on small screens, where `pages` (the main navigation) joins it. */
export function StageRail({ open, onNavigate, pages }: { open: boolean; onNavigate: () => void; pages: React.ReactNode }) {
  const roadmap = useRoadmap();
  return (
    <div id="stage-rail" className={`rail${open ? " rail--open" : ""}`}>
      {pages}
      <nav aria-label="Stages">
        <h2 className="rail__heading">Stages</h2>
        {roadmap.data ? (
          <ol className="rail__list">
            {roadmap.data.stages.map((stage) => (
              <li key={stage.id}>
                <NavLink to={webPaths.stage(stage.id)} className="rail__link" onClick={onNavigate}>
                  <span className="rail__number">{stage.order}</span>
                  <span className="rail__title">{stage.title}</span>
                  <span className="rail__percent">{stage.progress.percent}%</span>
                </NavLink>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted rail__loading">{roadmap.isError ? "Stages unavailable." : "Loading stages…"}</p>
        )}
      </nav>
    </div>
  );
}
