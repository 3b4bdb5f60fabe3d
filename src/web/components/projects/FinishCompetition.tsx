import { useState } from "react";
import type { ProjectResponse } from "../../../shared/api/index.js";
import { useFinishProject, useLateSubmissions } from "../../api/queries.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Timestamp } from "./Timestamp.js";
import "./CompetitionStatus.css";

/** A finished competition can keep taking submissions, as Kaggle's late ones: scored, never ranked. */
function LateSubmissions({ project }: { project: ProjectResponse }) {
  const late = useLateSubmissions(project.id);
  return (
    <>
      <p>
        {project.lateSubmissions
          ? "Late submissions are on: keep practising on the hidden test set; each is scored on both boards and never ranked."
          : "To keep practising, take late submissions: each is scored on the public and the private rows at once and never ranked."}
      </p>
      <button type="button" className="button" disabled={late.isPending} onClick={() => late.mutate(!project.lateSubmissions)}>
        {project.lateSubmissions ? "Stop late submissions" : "Take late submissions"}
      </button>
      {late.isError ? (
        <p role="alert" className="text-danger">
          <span aria-hidden="true">✕ </span>
          {late.error.message}
        </p>
      ) : null}
    </>
  );
}

/** Ends the competition (local mode: the learner runs it): reveals the private board and stops submissions. */
export function FinishCompetition({ project }: { project: ProjectResponse }) {
  const [confirming, setConfirming] = useState(false);
  const finish = useFinishProject(project.id);
  const closedAt = finish.data?.closedAt;

  return (
    <section aria-labelledby="finish-heading" id="finish">
      <h2 id="finish-heading">Finish the competition</h2>
      {project.closed ? (
        <p className="closed-notice" role="status">
          <span aria-hidden="true">⊘ </span>
          <strong>Closed</strong>
          {closedAt ? (
            <>
              {" "}
              on <Timestamp iso={closedAt} />
            </>
          ) : null}
          . The private leaderboard is revealed and final. Your final scores are in the tables above.
        </p>
      ) : (
        <>
          <p>
            When you are done, finish the competition: your final submissions are scored on the private part of the hidden test
            set, the private leaderboard is revealed, and no more submissions are taken.
          </p>
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={finish.isPending}>
            {finish.isPending ? "Finishing…" : "Finish competition"}
          </button>
        </>
      )}
      {project.closed ? <LateSubmissions project={project} /> : null}
      {finish.isError ? (
        <p role="alert" className="text-danger">
          <span aria-hidden="true">✕ </span>
          {finish.error.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Finish the competition?"
        confirmLabel="Finish and reveal the private board"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          finish.mutate();
        }}
      >
        <p>
          This reveals the private leaderboard, which ranks your final submissions on test rows you have never been scored on, and
          ends ranked submissions for good: later ones to <strong>{project.title}</strong> can only be late, unranked ones.
        </p>
      </ConfirmDialog>
    </section>
  );
}
