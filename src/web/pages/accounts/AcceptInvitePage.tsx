import { Link, useParams } from "react-router";
import type { UserRole } from "../../../shared/api/index.js";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { useAcceptInvite } from "../../api/admin-queries.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError } from "../../components/TextField.js";

const ROLE_WITH_ARTICLE: Record<UserRole, string> = {
  learner: "a learner",
  instructor: "an instructor",
  admin: "an administrator",
};

/** Where an administrator's invitation lands (after signing in or up with the invited address). */
export function AcceptInvitePage() {
  const { token = "" } = useParams();
  const me = useMe().data;
  const accept = useAcceptInvite();
  useDocumentTitle("Accept an invitation");
  if (accept.isSuccess)
    return (
      <div className="page" role="status">
        <h1>Welcome: you are {ROLE_WITH_ARTICLE[accept.data.role]} here now</h1>
        <p>
          {accept.data.role === "learner"
            ? "Start with the roadmap."
            : "Start a cohort and share its invite link with your learners."}
        </p>
        <Link className="button button--primary" to={accept.data.role === "learner" ? webPaths.roadmap() : webPaths.cohorts()}>
          {accept.data.role === "learner" ? "Go to the roadmap" : "Go to cohorts"}
        </Link>
      </div>
    );
  return (
    <div className="page">
      <h1>Accept your invitation</h1>
      <p>
        You are signed in as <strong>{me?.user?.email}</strong>. The invitation works for the address it was mailed to; if that is
        another one, sign out and sign in (or create the account) with it.
      </p>
      <FormError error={accept.error} />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={accept.isPending} onClick={() => accept.mutate(token)}>
          {accept.isPending ? "Accepting…" : "Accept the invitation"}
        </button>
      </div>
    </div>
  );
}
