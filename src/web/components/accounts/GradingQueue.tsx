import { useGradingStatus, useRetryGrading } from "../../api/admin-queries.js";
import { DataTable } from "../DataTable.js";
import { QueryState } from "../QueryState.js";
import { FormError } from "../TextField.js";
import { formatWhen } from "../format-when.js";

const waitText = (seconds: number | null) =>
  seconds === null ? "nothing waits" : seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;

/** Administrators: the grading queue — what waits and for how long, the workers, and attempts given up. */
export function GradingQueue() {
  const status = useGradingStatus();
  const retry = useRetryGrading();
  return (
    <section aria-labelledby="grading-title">
      <h2 id="grading-title">Grading</h2>
      <QueryState query={status}>
        {(data) =>
          !data.enabled ? (
            <p className="hint">
              Results count as the learner&apos;s browser reports them (marked self-reported). Set STEPWISE_SANDBOX=on to have
              grading workers verify every attempt in the sandbox, with the hidden tests (docs/grading-queue.md).
            </p>
          ) : (
            <div className="form-stack">
              <p className="hint">
                Every attempt waits as &ldquo;verifying&rdquo; until a grading worker has run it in the sandbox with the hidden
                tests; only verified passes count as solved. Queue:{" "}
                {data.backend === "postgres" ? "PostgreSQL" : "this process (SQLite)"}.
              </p>
              <dl className="split-stats">
                <div>
                  <dt>Waiting</dt>
                  <dd>{data.waiting}</dd>
                </div>
                <div>
                  <dt>Oldest wait</dt>
                  <dd>{waitText(data.oldestWaitSeconds)}</dd>
                </div>
                <div>
                  <dt>Verified in the last hour</dt>
                  <dd>{data.verifiedLastHour}</dd>
                </div>
                <div>
                  <dt>Given up</dt>
                  <dd>{data.unverifiable}</dd>
                </div>
              </dl>
              {data.workers.length === 0 ? (
                <p role="alert" className="text-danger">
                  No grading worker is running: attempts wait until one starts (stepwise worker, or an app with
                  STEPWISE_APP_WORKER=on).
                </p>
              ) : (
                <DataTable
                  label="Grading workers"
                  columns={["Worker", "Host", "Process", "At once", "Started", "Last heard", "State"]}
                >
                  {data.workers.map((worker) => (
                    <tr key={`${worker.host}-${worker.pid}-${worker.startedAt}`}>
                      <th scope="row">{worker.name}</th>
                      <td>{worker.host}</td>
                      <td>{worker.pid}</td>
                      <td>{worker.concurrency ?? "—"}</td>
                      <td>{formatWhen(worker.startedAt)}</td>
                      <td>{formatWhen(worker.lastSeenAt)}</td>
                      <td>{worker.live ? "✓ alive" : "⚠ silent"}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
              {data.unverifiable > 0 ? (
                <>
                  <p>
                    These attempts could not be graded: every try failed because of the grading host (bubblewrap missing, no disk
                    space…). Fix the host, then send them back.
                  </p>
                  <DataTable label="Attempts given up" columns={["Learner", "Exercise", "Sent", "Given up"]}>
                    {data.givenUp.map((item) => (
                      <tr key={item.attemptId}>
                        <th scope="row">{item.learnerName}</th>
                        <td>{item.exerciseId}</td>
                        <td>{formatWhen(item.createdAt)}</td>
                        <td>{item.givenUpAt ? formatWhen(item.givenUpAt) : "—"}</td>
                      </tr>
                    ))}
                  </DataTable>
                  <FormError error={retry.error} />
                  <p className="button-row">
                    <button type="button" className="button" disabled={retry.isPending} onClick={() => retry.mutate()}>
                      Send {data.unverifiable} back to the queue
                    </button>
                    {retry.isSuccess ? <span role="status">{retry.data.queued} queued again.</span> : null}
                  </p>
                </>
              ) : null}
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
