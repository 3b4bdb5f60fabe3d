import { Link, useLocation } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";

/** Where a visitor would otherwise find their progress: what an account adds, and the way to one. */
export function VisitorCallout({ adds }: { adds: string }) {
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <aside className="callout" aria-label="Reading as a visitor">
      <p>
        You are reading as a visitor. <Link to={webPaths.signIn(here)}>Sign in</Link> or{" "}
        <Link to={webPaths.signUp(here)}>create an account</Link> to {adds}.
      </p>
    </aside>
  );
}
