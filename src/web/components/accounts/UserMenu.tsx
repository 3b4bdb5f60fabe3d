import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe, useSignOut } from "../../api/account-queries.js";
import "./UserMenu.css";

/**
 * Multi-user mode: who is signed in, and their pages (account, cohorts, administration for
 * administrators, privacy) and "Sign out". Local mode has no one to name and shows nothing.
 */
export function UserMenu() {
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
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
  if (me?.mode !== "multi" || !me.user) return null;
  const user = me.user;
  const close = () => setOpen(false);
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
        <ul id="user-menu-list" className="user-menu__list">
          <li className="user-menu__who">
            {user.email} · {user.role}
          </li>
          <li>
            <Link to={webPaths.account()} onClick={close}>
              Your account
            </Link>
          </li>
          <li>
            <Link to={webPaths.cohorts()} onClick={close}>
              Cohorts
            </Link>
          </li>
          {user.role === "admin" ? (
            <li>
              <Link to={webPaths.admin()} onClick={close}>
                Administration
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={webPaths.privacy()} onClick={close}>
              Who can see what
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="button button--ghost user-menu__sign-out"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(webPaths.signIn()) })}
            >
              Sign out
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
