import { NavLink, useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe, useSignOut } from "../../api/account-queries.js";
import "./AccountLinks.css";

/**
 * Multi-user mode: the signed-in person's pages and "Sign out" — in the header's menu on wide
 * screens, in the drawer on phones. Local mode has no accounts and shows nothing.
 */
export function AccountLinks({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me?.user;
  if (me?.mode !== "multi" || !user) return null;
  const link = (to: string, label: string) => (
    <NavLink to={to} onClick={onNavigate}>
      {label}
    </NavLink>
  );
  return (
    <>
      {link(webPaths.account(), "Your account")}
      {link(webPaths.cohorts(), "Cohorts")}
      {user.role === "admin" ? link(webPaths.admin(), "Administration") : null}
      {link(webPaths.privacy(), "Who can see what")}
      <button
        type="button"
        className="button button--ghost account-links__sign-out"
        disabled={signOut.isPending}
        onClick={() => {
          // Awaited rather than a per-call callback: closing the menu unmounts this button. A failed
          // sign-out still forgets the session here (useSignOut), so both ways lead to sign-in.
          const toSignIn = () => {
            onNavigate?.();
            void navigate(webPaths.signIn());
          };
          signOut.mutateAsync().then(toSignIn, toSignIn);
        }}
      >
        Sign out
      </button>
    </>
  );
}
