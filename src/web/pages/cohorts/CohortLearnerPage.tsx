import { useId } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useExerciseList, useLearnerExerciseWork, useLearnerSubmissions } from "../../api/cohort-queries.js";
import { QueryState } from "../../components/QueryState.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import "./CohortPage.css";
import { DataTable } from "../../components/DataTable.js";
import { formatWhen } from "../../components/format-when.js";

/** What an instructor may see of one learner, to help them: exercise code and runs, submissions. Never notes. */
export function CohortLearnerPage() {
  const id = useId();
  const { cohortId = "", userId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const exerciseId = params.get("exercise");
  const submissions = useLearnerSubmissions(cohortId, userId);
  const exercises = useExerciseList();
  const work = useLearnerExerciseWork(cohortId, userId, exerciseId);
  useDocumentTitle(submissions.data?.learner.name ?? "Learner");
  return (
    <QueryState query={submissions}>
      {(data) => (
        <div className="page page--wide">
          <p className="breadcrumb">
            <Link to={webPaths.cohort(cohortId)}>Back to the cohort</Link>
          </p>
          <h1>{data.learner.name}</h1>
          <p className="muted">
            You see this learner&apos;s exercise code and submissions to help them; their notes stay theirs.
          </p>
          <section aria-labelledby={`${id}-code`}>
            <h2 id={`${id}-code`}>Exercise code</h2>
            <div className="form-field">
              <label htmlFor={`${id}-exercise`}>Exercise</label>
              <select
                id={`${id}-exercise`}
                value={exerciseId ?? ""}
                onChange={(event) => setParams(event.target.value ? { exercise: event.target.value } : {})}
              >
                <option value="">Choose an exercise…</option>
                {(exercises.data?.exercises ?? []).map((exercise) => (
                  <option key={exercise.id} value={exercise.id}>
                    {exercise.topicTitle} — {exercise.title}
                  </option>
                ))}
              </select>
            </div>
            {exerciseId ? (
              <QueryState query={work}>
                {(exercise) => (
                  <>
                    <h3>Draft</h3>
                    {exercise.draft ? (
                      <pre className="learner-code">{exercise.draft.code}</pre>
                    ) : (
                      <p className="muted">No draft saved.</p>
                    )}
                    <h3>Graded runs ({exercise.attempts.length})</h3>
                    {exercise.attempts.length === 0 ? <p className="muted">No runs yet.</p> : null}
                    {exercise.attempts.map((attempt) => (
                      <details key={attempt.id} className="learner-attempt">
                        <summary>
                          {formatWhen(attempt.createdAt)} —{" "}
                          {attempt.verification === "verifying"
                            ? "verifying…"
                            : attempt.status === "pass"
                              ? "✓ passed"
                              : `✗ ${attempt.status}`}
                          , {attempt.testsPassed} of {attempt.testsTotal} tests ({attempt.runtime}
                          {attempt.verification === "verified"
                            ? ", verified"
                            : attempt.verification === "unverifiable"
                              ? ", could not be verified"
                              : attempt.selfReported
                                ? ", self-reported"
                                : ""}
                          )
                        </summary>
                        <pre className="learner-code">{attempt.code}</pre>
                      </details>
                    ))}
                  </>
                )}
              </QueryState>
            ) : null}
          </section>
          <section aria-labelledby={`${id}-submissions`}>
            <h2 id={`${id}-submissions`}>Project submissions</h2>
            {data.submissions.length === 0 ? (
              <p className="muted">No submissions yet.</p>
            ) : (
              <DataTable
                label="Project submissions"
                columns={["When", "Project", "File", "Public score", "Final pick", "What they tried"]}
              >
                {data.submissions.map((submission) => (
                  <tr key={submission.id}>
                    <td>{formatWhen(submission.createdAt)}</td>
                    <td>
                      <Link to={webPaths.project(submission.projectId)}>{submission.projectId}</Link>
                    </td>
                    <td>{submission.fileName}</td>
                    <td className="numeric">{submission.publicScore.toFixed(4)}</td>
                    <td>{submission.final ? "✓ yes" : "no"}</td>
                    <td>{submission.description ?? "—"}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </div>
      )}
    </QueryState>
  );
}
