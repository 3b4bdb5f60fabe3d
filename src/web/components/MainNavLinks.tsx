import { NavLink } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useMe } from "../api/account-queries.js";
import { useReviewSummary } from "../api/queries.js";

type Link = (to: string, label: React.ReactNode, end?: boolean) => React.ReactNode;

const linkWith =
  (onNavigate?: () => void): Link =>
  (to, label, end = false) => (
    <NavLink to={to} end={end} onClick={onNavigate}>
      {label}
    </NavLink>
  );

/** The app's pages: in the header on wide screens, in the menu drawer on phones. A visitor sees the open areas' pages only. */
export function MainNavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe().data;
  const link = linkWith(onNavigate);
  if (me?.mode === "multi" && me.user === null) {
    const open = new Set(me.publicAreas);
    return (
      <>
        {open.has("curriculum") ? link(webPaths.roadmap(), "Roadmap", true) : null}
        {open.has("datasets") ? link(webPaths.datasets(), "Datasets") : null}
        {open.has("curriculum") ? link(webPaths.faq(), "FAQ") : null}
      </>
    );
  }
  return <LearnerLinks link={link} />;
}

function LearnerLinks({ link }: { link: Link }) {
  const dueCount = useReviewSummary().data?.dueCount ?? 0;
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
