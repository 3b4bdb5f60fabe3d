import { NavLink } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useReviewSummary } from "../api/queries.js";

/** The app's pages: in the header on wide screens, in the menu drawer on phones. */
export function MainNavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const dueCount = useReviewSummary().data?.dueCount ?? 0;
  const link = (to: string, label: React.ReactNode, end = false) => (
    <NavLink to={to} end={end} onClick={onNavigate}>
      {label}
    </NavLink>
  );
  return (
    <>
      {link(webPaths.roadmap(), "Roadmap", true)}
      {link(webPaths.progress(), "Progress")}
      {link(webPaths.plan(), "Plan")}
      {link(
        webPaths.review(),
        <>
          Review
          {dueCount > 0 ? (
            <span className="count-badge" aria-label={`${dueCount} due`}>
              {dueCount}
            </span>
          ) : null}
        </>,
      )}
      {link(webPaths.datasets(), "Datasets")}
      {link(webPaths.projects(), "Projects")}
      {link(webPaths.models(), "Models")}
      {link(webPaths.portfolio(), "Portfolio")}
      {link(webPaths.faq(), "FAQ")}
    </>
  );
}
