import { useState } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useReviewSummary } from "../api/queries.js";
import { ContinueLink } from "./ContinueLink.js";
import { StageRail } from "./StageRail.js";
import { ThemeToggle } from "./ThemeToggle.js";
import "./Layout.css";

/** Header, stage rail and the readable content column shared by every page. */
export function Layout() {
  const [railOpen, setRailOpen] = useState(false);
  const location = useLocation();
  const dueCount = useReviewSummary().data?.dueCount ?? 0;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="header">
        <button
          type="button"
          className="button button--ghost header__menu"
          aria-expanded={railOpen}
          aria-controls="stage-rail"
          onClick={() => setRailOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> Stages
        </button>
        <Link to={webPaths.roadmap()} className="header__brand">
          Stepwise
        </Link>
        <nav aria-label="Main" className="header__nav">
          <NavLink to={webPaths.roadmap()} end>
            Roadmap
          </NavLink>
          <NavLink to={webPaths.progress()}>Progress</NavLink>
          <NavLink to={webPaths.plan()}>Plan</NavLink>
          <NavLink to={webPaths.review()}>
            Review
            {dueCount > 0 ? (
              <span className="count-badge" aria-label={`${dueCount} due`}>
                {dueCount}
              </span>
            ) : null}
          </NavLink>
          <NavLink to={webPaths.datasets()}>Datasets</NavLink>
          <NavLink to={webPaths.projects()}>Projects</NavLink>
          <NavLink to={webPaths.models()}>Models</NavLink>
          <NavLink to={webPaths.portfolio()}>Portfolio</NavLink>
          <NavLink to={webPaths.faq()}>FAQ</NavLink>
        </nav>
        <ContinueLink />
        <ThemeToggle />
      </header>
      <div className="body">
        <StageRail open={railOpen} onNavigate={() => setRailOpen(false)} />
        <main id="main" tabIndex={-1} className="main" key={location.pathname}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
