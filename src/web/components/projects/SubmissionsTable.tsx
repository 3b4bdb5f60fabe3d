import { useState } from "react";
import type { ProjectResponse, SubmissionView } from "../../../shared/api/index.js";
import { useSetFinal, useSubmissions } from "../../api/queries.js";
import { Skeleton } from "../QueryState.js";
import { LinkModel } from "./LinkModel.js";
import { ScoreList } from "./MetricScore.js";
import { Timestamp } from "./Timestamp.js";
import "./SubmissionsTable.css";

const KIND_LABELS = { numbers: "numbers", labels: "labels", probabilities: "probabilities", rankings: "rankings" } as const;

/** The linked model and whether it reproduced the file, or the button that starts deploying one. */
function ModelCell({ item, open, onOpen }: { item: SubmissionView; open: boolean; onOpen: () => void }) {
  const label = item.model
    ? `${item.model.name} v${item.model.version}: ${item.model.reproduced ? "reproduced" : "not reproduced"}`
    : "Deploy model";
  return (
    <td className="model-link-cell">
      <button
        type="button"
        className={item.model ? "button button--ghost" : "button"}
        aria-expanded={open}
        aria-controls={open ? "link-model" : undefined}
        onClick={onOpen}
      >
        {item.model ? <span aria-hidden="true">{item.model.reproduced ? "✓ " : "✕ "}</span> : null}
        {label}
        <span className="visually-hidden">, for {item.fileName}</span>
      </button>
    </td>
  );
}

/** The learner's submissions, newest first, with the choice of which count for the final ranking. */
export function SubmissionsTable({ project }: { project: ProjectResponse }) {
  const submissions = useSubmissions(project.id);
  const setFinal = useSetFinal(project.id);
  const maxFinal = project.limits.maxFinal;
  // Only projects whose test inputs are all numbers can check a deployed model.
  const deployable = project.modelInputs !== null;
  const [linking, setLinking] = useState<string | null>(null);

  let body: React.ReactNode;
  if (submissions.isPending) body = <Skeleton lines={3} />;
  else if (submissions.isError) {
    body = (
      <div role="alert">
        <p>Your submissions could not be loaded: {submissions.error.message}</p>
        <button type="button" className="button" onClick={() => void submissions.refetch()}>
          Try again
        </button>
      </div>
    );
  } else if (submissions.data.submissions.length === 0) {
    body = (
      <div className="empty-state">
        <p>
          <strong>No submissions yet.</strong>{" "}
          {project.closed
            ? "The competition closed before you submitted."
            : "Download the sample submission, submit it unchanged to see how scoring works, then improve on it."}
        </p>
        {project.closed ? null : (
          <div className="button-row">
            <a className="button" href="#data">
              Get the data
            </a>
            <a className="button button--primary" href="#submit">
              Submit a file
            </a>
          </div>
        )}
      </div>
    );
  } else {
    const list = submissions.data.submissions;
    const finals = list.filter((item) => item.final).length;
    const showPrivate = list.some((item) => item.privateScores !== null);
    const linked = list.find((item) => item.id === linking);
    body = (
      <>
        <p className="muted" id="final-help">
          {project.closed
            ? `${finals} of your submissions counted for the final ranking.`
            : `Tick up to ${maxFinal} submissions to count for the final (private) ranking: ${finals} of ${maxFinal} chosen.`}
        </p>
        {setFinal.isError ? (
          <p role="alert" className="text-danger">
            <span aria-hidden="true">✕ </span>
            {setFinal.error.message}
          </p>
        ) : null}
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Table of your submissions">
          <table className="progress-table submissions-table">
            <caption className="visually-hidden">
              Your submissions, newest first: time, file, public scores{showPrivate ? ", private scores" : ""} and whether each is
              final{deployable ? ", and the deployed model behind it" : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">File</th>
                <th scope="col">Public scores</th>
                {showPrivate ? <th scope="col">Private scores</th> : null}
                <th scope="col">Final</th>
                {deployable ? <th scope="col">Model</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((item) => (
                <tr key={item.id} className={item.final ? "submissions-table__final" : undefined}>
                  <td>
                    <Timestamp iso={item.createdAt} />
                  </td>
                  <td>
                    <span className="submissions-table__file">{item.fileName}</span>
                    <span className="muted submissions-table__kind"> ({KIND_LABELS[item.kind]})</span>
                    {item.imported ? (
                      <span className="badge" title="From an imported export: not scored by this Stepwise">
                        Imported
                      </span>
                    ) : null}
                    {item.description ? <p className="submissions-table__description">{item.description}</p> : null}
                  </td>
                  <td>
                    <ScoreList metrics={project.metrics} scores={item.publicScores} />
                  </td>
                  {showPrivate ? (
                    <td>
                      {item.privateScores ? (
                        <ScoreList metrics={project.metrics} scores={item.privateScores} />
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                  ) : null}
                  <td>
                    {item.late ? (
                      <span className="badge" title="Made after the competition closed: scored, never ranked">
                        Late · unranked
                      </span>
                    ) : (
                      <label className="final-toggle">
                        <input
                          type="checkbox"
                          checked={item.final}
                          disabled={project.closed}
                          aria-describedby="final-help"
                          onChange={(event) => setFinal.mutate({ submissionId: item.id, final: event.target.checked })}
                        />{" "}
                        Final
                        <span className="visually-hidden">
                          : {item.fileName}, submitted {new Date(item.createdAt).toLocaleString()}
                        </span>
                      </label>
                    )}
                  </td>
                  {deployable ? (
                    <ModelCell
                      item={item}
                      open={linking === item.id}
                      onOpen={() => setLinking(linking === item.id ? null : item.id)}
                    />
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {linked ? <LinkModel project={project} submission={linked} onClose={() => setLinking(null)} /> : null}
      </>
    );
  }

  return (
    <section aria-labelledby="submissions-heading" id="submissions">
      <h2 id="submissions-heading">Your submissions</h2>
      {body}
    </section>
  );
}
