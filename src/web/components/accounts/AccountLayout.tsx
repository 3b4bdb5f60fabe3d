import { Link, Outlet, useLocation } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { ThemeToggle } from "../ThemeToggle.js";
import "./AccountLayout.css";

/** The sign-in pages' frame: no stage rail or data of anyone's, just the form in the middle. */
export function AccountLayout() {
  const location = useLocation();
  return (
    <div className="account-layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="header">
        <Link to={webPaths.roadmap()} className="header__brand">
          Stepwise
        </Link>
        <span className="account-layout__spacer" />
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1} className="account-layout__main" key={location.pathname}>
        <Outlet />
      </main>
    </div>
  );
}
