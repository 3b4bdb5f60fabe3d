import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { AccountLinks } from "./AccountLinks.js";
import "./UserMenu.css";

/** A visitor reading an open area: the way in, back to this page afterwards. */
function VisitorSignIn() {
  const location = useLocation();
  return (
    <Link to={webPaths.signIn(location.pathname + location.search)} className="button button--primary user-menu__sign-in">
      Sign in
    </Link>
  );
}

/** Multi-user mode: who is signed in, with their pages and "Sign out" behind it (wide screens; phones use the drawer); for a visitor, "Sign in". */
export function UserMenu() {
  const me = useMe().data;
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("mousedown", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);
  if (me?.mode !== "multi") return null;
  if (!me.user) return <VisitorSignIn />;
  const user = me.user;
  return (
    <div className="user-menu" ref={menu}>
      <button
        type="button"
        className="button button--ghost user-menu__toggle"
        aria-expanded={open}
        aria-controls="user-menu-list"
        onClick={() => setOpen((current) => !current)}
      >
        <span className="user-menu__initial" aria-hidden="true">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-menu__name">{user.name}</span>
        <span className="visually-hidden"> (account menu)</span>
      </button>
      {open ? (
        <div id="user-menu-list" className="user-menu__list">
          <p className="user-menu__who">
            {user.email} · {user.role}
          </p>
          <AccountLinks onNavigate={() => setOpen(false)} />
        </div>
      ) : null}
    </div>
  );
}
