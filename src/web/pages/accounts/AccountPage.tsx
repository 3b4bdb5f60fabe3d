import { Link } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { DeleteAccount } from "../../components/accounts/DeleteAccount.js";
import { SessionList } from "../../components/accounts/SessionList.js";
import { TokenPanel } from "../../components/accounts/TokenPanel.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";

/** Multi-user mode: who you are, where you are signed in, your access tokens, your data. */
export function AccountPage() {
  const me = useMe().data;
  useDocumentTitle("Your account");
  if (me?.mode !== "multi" || !me.user)
    return (
      <div className="page">
        <h1>Your account</h1>
        <p>
          This Stepwise runs in local mode: it is yours alone and has no accounts or sign-in. Your work can still move to another
          machine from <Link to={webPaths.progress()}>Progress</Link>.
        </p>
      </div>
    );
  const { user } = me;
  return (
    <div className="page">
      <h1>Your account</h1>
      <dl className="split-stats">
        <div>
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{user.role}</dd>
        </div>
      </dl>
      <SessionList />
      <TokenPanel />
      <section className="panel" aria-labelledby="your-data">
        <h2 id="your-data">Your data</h2>
        <p>
          Download everything of yours — statuses, notes, code and every run, quiz answers, review cards, submissions, models,
          plans — in the export format, which another Stepwise can import. <Link to={webPaths.privacy()}>Who can see what</Link>{" "}
          says who else sees any of it.
        </p>
        <div className="button-row">
          <a className="button" href="/api/progress/export" download>
            Download as JSON
          </a>
          <a className="button" href="/api/progress/export.zip" download>
            Download as a zip with submission files
          </a>
        </div>
      </section>
      <DeleteAccount />
    </div>
  );
}
