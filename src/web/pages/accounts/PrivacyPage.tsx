import { Link } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { DataTable } from "../../components/DataTable.js";

/** What Stepwise keeps of a learner and exactly who else can see each part (multi-user mode), checked by the authorization matrix test. */
const WHO_SEES: readonly { what: string; who: string }[] = [
  { what: "Your notes on lessons", who: "Only you. Not your instructors, not administrators." },
  {
    what: "Your exercise code (drafts) and every graded run",
    who: "You, the instructors of each cohort you are in, and this Stepwise's administrators — to help you when you are stuck.",
  },
  {
    what: "Your progress: topic statuses, exercises solved, quiz accuracy, last activity, streak, whether you are behind your study plan",
    who: "You, your cohorts' instructors and administrators, on the cohort dashboard and its CSV export.",
  },
  {
    what: "Your project submissions (files, scores, what you tried)",
    who: "You, your cohorts' instructors and administrators. Learners of your cohorts see your name and score on their cohort's project boards; nobody else does.",
  },
  {
    what: "Your name and email",
    who: "Administrators, and the instructors of your cohorts. Learners of your cohorts see your name only.",
  },
  {
    what: "Your models, your study plan itself, review cards, quiz answers",
    who: "Only you (and whoever you give an access token). Instructors see only whether you are behind your plan, in hours.",
  },
  { what: "Your portfolio", who: "Only you — until you publish it at /u/<handle>/; then anyone with the link, until you stop." },
  { what: "Your sessions and access tokens", who: "Only you. Stepwise keeps only a hash of each token." },
];

export function PrivacyPage() {
  const me = useMe().data;
  useDocumentTitle("Who can see what");
  return (
    <div className="page">
      <h1>Who can see what</h1>
      {me?.mode === "local" ? (
        <p className="callout">
          This Stepwise runs in <strong>local mode</strong>: it has one learner, you, and everything stays in its database on this
          machine. The table below is what changes when a Stepwise is shared by a cohort.
        </p>
      ) : null}
      <DataTable label="Who can see what" columns={["What", "Who can see it"]}>
        {WHO_SEES.map((row) => (
          <tr key={row.what}>
            <th scope="row">{row.what}</th>
            <td>{row.who}</td>
          </tr>
        ))}
      </DataTable>
      <h2>What nobody else can do</h2>
      <ul>
        <li>Change anything of yours: only you write your notes, code, answers, submissions, models and plans.</li>
        <li>
          Read your notes: no page or API route shows them to anyone but you; a test of every route against every kind of user
          checks this on each change to Stepwise.
        </li>
        <li>
          See anything of yours without signing in. An administrator may open the roadmap and lessons, or the datasets, to
          visitors; those pages then show the content alone, never anyone&apos;s progress, notes or work.
        </li>
      </ul>
      <h2>Your rights</h2>
      <p>
        You can download everything of yours at any time, and delete your account with everything in it; cohort dashboards keep
        nothing of you afterwards. Both are on <Link to={webPaths.account()}>your account page</Link>.
      </p>
    </div>
  );
}
