import type { LeaderboardResponse, ProjectResponse } from "../../../shared/api/index.js";
import { useLeaderboard } from "../../api/queries.js";
import { Skeleton } from "../QueryState.js";
import { formatScore } from "../../../shared/projects/format-score.js";
import { directionHint } from "./MetricScore.js";
import { Timestamp } from "./Timestamp.js";
import { ScrollTable } from "../ScrollTable.js";
import "./Leaderboard.css";

/**
 * The public board while the competition runs, the private one once it is closed; baselines for
 * reference. In multi-user mode `picker` chooses the cohort whose board it is (`cohortId`).
 */
export function Leaderboard({
  project,
  cohortId = null,
  picker = null,
}: {
  project: ProjectResponse;
  cohortId?: string | null;
  picker?: React.ReactNode;
}) {
  const leaderboard = useLeaderboard(project.id, cohortId);

  let body: React.ReactNode;
  if (leaderboard.isPending) body = <Skeleton lines={4} />;
  else if (leaderboard.isError) {
    body = (
      <div role="alert">
        <p>The leaderboard could not be loaded: {leaderboard.error.message}</p>
        <button type="button" className="button" onClick={() => void leaderboard.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    const { metric, board, entries, cohort } = leaderboard.data;
    const learners = entries.filter((entry) => !entry.isBaseline).length;
    const scoredOn =
      board === "public"
        ? `${project.split.publicRows.toLocaleString("en")} public test rows`
        : `${(project.split.testRows - project.split.publicRows).toLocaleString("en")} private test rows`;
    body = (
      <>
        {cohort ? <CohortCompetitionState cohort={cohort} closed={leaderboard.data.closed} /> : null}
        {learners === 0 ? (
          <div className="empty-state">
            <p>
              <strong>No one is on the leaderboard yet.</strong>{" "}
              {project.closed ? "The competition closed without submissions." : "Submit a file to take the first place."}
            </p>
            {project.closed ? null : (
              <a className="button button--primary" href="#submit">
                Submit a file
              </a>
            )}
          </div>
        ) : null}
        {entries.length > 0 ? (
          <ScrollTable labelledBy="leaderboard-caption">
            <table className="progress-table leaderboard">
              <caption id="leaderboard-caption" className="leaderboard__caption">
                {board === "public" ? "Public leaderboard" : "Private leaderboard (final)"}: {metric.label},{" "}
                {directionHint(metric)}, scored on {scoredOn}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Rank
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col" className="numeric">
                    {metric.label}
                  </th>
                  <th scope="col" className="numeric">
                    Submissions
                  </th>
                  <th scope="col">Last submitted</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => (
                  <tr
                    key={`${entry.isBaseline ? "baseline" : "learner"}-${entry.name}-${index}`}
                    className={entry.isMe ? "leaderboard__me" : entry.isBaseline ? "leaderboard__baseline" : undefined}
                    aria-current={entry.isMe ? "true" : undefined}
                  >
                    <td className="numeric">
                      {entry.rank === null ? (
                        <span className="badge">Baseline</span>
                      ) : entry.isBaseline ? (
                        <>
                          {entry.rank} <span className="badge">Baseline</span>
                        </>
                      ) : (
                        entry.rank
                      )}
                    </td>
                    <th scope="row">
                      {entry.name}
                      {entry.isMe ? <strong className="leaderboard__you"> (you)</strong> : null}
                      {entry.liveModel ? (
                        <span
                          className="badge leaderboard__live"
                          title="A deployed model reproduces one of this learner's submissions"
                        >
                          <span aria-hidden="true">● </span>live model
                        </span>
                      ) : null}
                    </th>
                    <td className="numeric">{formatScore(metric, entry.score)}</td>
                    <td className="numeric">{entry.isBaseline ? "–" : entry.submissions}</td>
                    <td>{entry.lastSubmittedAt ? <Timestamp iso={entry.lastSubmittedAt} /> : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
        <p className="muted hint">
          Baselines are naive submissions shown for reference: a model worth keeping beats them.
          {board === "public" ? " The private board, revealed when the competition finishes, decides the final ranking." : ""}
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby="leaderboard-heading" id="leaderboard">
      <h2 id="leaderboard-heading">Leaderboard</h2>
      {picker}
      {body}
    </section>
  );
}

/** Whether the cohort's instructor runs a competition on this project, and where it stands. */
function CohortCompetitionState({ cohort, closed }: { cohort: NonNullable<LeaderboardResponse["cohort"]>; closed: boolean }) {
  if (!cohort.competing)
    return (
      <p className="muted">
        {cohort.name} has no competition on this project: the board ranks its learners as they submit, and stays public.
      </p>
    );
  if (closed) return <p role="status">The {cohort.name} competition is closed: this is its final, private board.</p>;
  return (
    <p role="status">
      The {cohort.name} competition is open
      {cohort.deadline ? (
        <>
          {" "}
          until <Timestamp iso={cohort.deadline} />
        </>
      ) : (
        " until your instructor closes it"
      )}
      .
    </p>
  );
}
