import { Navigate, useLocation } from "react-router";
import { publicAreaOfPage } from "../../../shared/public-areas.js";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { ErrorState, Skeleton } from "../QueryState.js";
import { Layout } from "../Layout.js";

/**
 * Multi-user mode: nobody signed in sees only the sign-in pages and the areas an administrator
 * opened to visitors; any other page sends them to sign in, and back to it afterwards. Local mode
 * needs no sign-in and passes straight through.
 */
export function SignInGate() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Skeleton />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const area = publicAreaOfPage(location.pathname);
  const visitorMayRead = area !== null && me.data.publicAreas.includes(area);
  if (me.data.mode === "multi" && me.data.user === null && !visitorMayRead)
    return <Navigate to={webPaths.signIn(location.pathname + location.search)} replace />;
  return <Layout />;
}
