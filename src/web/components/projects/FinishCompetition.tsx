import { useState } from "react";
import type { ProjectResponse } from "../../../shared/api/index.js";
import { useFinishProject } from "../../api/queries.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Timestamp } from "./Timestamp.js";
import "./CompetitionStatus.css";

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
          . The private leaderboard is revealed and no more submissions are taken. Your final scores are in the tables above.
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
          ends submissions for good: you cannot submit to <strong>{project.title}</strong> again.
        </p>
      </ConfirmDialog>
    </section>
  );
}
