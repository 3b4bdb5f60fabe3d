import { useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { ContinueLink } from "./ContinueLink.js";
import { MainNavLinks } from "./MainNavLinks.js";
import { StageRail } from "./StageRail.js";
import { ThemeToggle } from "./ThemeToggle.js";
import { AccountLinks } from "./accounts/AccountLinks.js";
import { UserMenu } from "./accounts/UserMenu.js";
import { useMe } from "../api/account-queries.js";
import "./Layout.css";

/** Header, stage rail and the readable content column shared by every page. */
export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const me = useMe().data;
  const visitor = me?.mode === "multi" && me.user === null;
  // A visitor sees the stages only where the roadmap is open to them (it may be the datasets alone).
  const stagesShown = !visitor || me.publicAreas.includes("curriculum");
  const location = useLocation();
  const close = () => setMenuOpen(false);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="header">
        <button
          type="button"
          className="button button--ghost header__menu"
          aria-expanded={menuOpen}
          aria-controls="stage-rail"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> <span className="header__menu-stages">Stages</span>
          <span className="header__menu-all">Menu</span>
        </button>
        <Link to={webPaths.roadmap()} className="header__brand">
          Stepwise
        </Link>
        <nav aria-label="Main" className="header__nav">
          <MainNavLinks />
        </nav>
        {visitor ? null : <ContinueLink />}
        <ThemeToggle />
        <UserMenu />
      </header>
      <div className="body">
        <StageRail
          open={menuOpen}
          onNavigate={close}
          stages={stagesShown}
          pages={
            // On phones the header has room for one line only: the pages move into the menu.
            <nav aria-label="Pages" className="rail__pages">
              <MainNavLinks onNavigate={close} />
              <AccountLinks onNavigate={close} />
            </nav>
          }
        />
        <main id="main" tabIndex={-1} className="main" key={location.pathname}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
