import { Link, useParams } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useJoinCohort } from "../../api/cohort-queries.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError } from "../../components/TextField.js";

/** Where an invite link lands (after signing in or up): one button joins. */
export function JoinCohortPage() {
  const { token = "" } = useParams();
  const join = useJoinCohort();
  useDocumentTitle("Join a cohort");
  if (join.isSuccess)
    return (
      <div className="page" role="status">
        <h1>{join.data.joined ? `You joined ${join.data.cohort.name}` : `You are already in ${join.data.cohort.name}`}</h1>
        <p>Your instructor now sees your progress, your exercise code and your submissions — never your notes.</p>
        <div className="button-row">
          <Link className="button button--primary" to={webPaths.roadmap()}>
            Go to the roadmap
          </Link>
          <Link className="button" to={webPaths.privacy()}>
            Who can see what
          </Link>
        </div>
      </div>
    );
  return (
    <div className="page">
      <h1>Join a cohort</h1>
      <p>
        You were invited to learn in an instructor&apos;s cohort. Once you join, its instructors see your progress, your exercise
        code and your project submissions, to help you; they never see your notes.
      </p>
      <FormError error={join.error} />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={join.isPending} onClick={() => join.mutate(token)}>
          {join.isPending ? "Joining…" : "Join the cohort"}
        </button>
      </div>
    </div>
  );
}
