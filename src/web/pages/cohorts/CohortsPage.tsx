import { useId, useState } from "react";
import { Link, useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe } from "../../api/account-queries.js";
import { useCohorts, useCreateCohort } from "../../api/cohort-queries.js";
import { QueryState } from "../../components/QueryState.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError, TextField } from "../../components/TextField.js";

/** The cohorts you are in; instructors and administrators start new ones here. */
export function CohortsPage() {
  const me = useMe().data;
  const cohorts = useCohorts();
  useDocumentTitle("Cohorts");
  const teaches = me?.user?.role === "instructor" || me?.user?.role === "admin";
  return (
    <div className="page">
      <h1>Cohorts</h1>
      <QueryState query={cohorts}>
        {(data) =>
          data.cohorts.length === 0 ? (
            <p className="empty-state">
              You are in no cohort yet.{" "}
              {teaches
                ? "Start one below and share its invite link with your learners."
                : "Open the invite link your instructor shared to join theirs."}
            </p>
          ) : (
            <ul className="cohort-list">
              {data.cohorts.map((cohort) => (
                <li key={cohort.id}>
                  {cohort.role === "instructor" ? (
                    <Link to={webPaths.cohort(cohort.id)}>{cohort.name}</Link>
                  ) : (
                    <strong>{cohort.name}</strong>
                  )}{" "}
                  <span className="muted">
                    — you {cohort.role === "instructor" ? "teach it" : "learn in it"}; {cohort.learners}{" "}
                    {cohort.learners === 1 ? "learner" : "learners"}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {teaches ? <NewCohortForm /> : null}
    </div>
  );
}

function NewCohortForm() {
  const id = useId();
  const create = useCreateCohort();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  return (
    <form
      className="panel form-stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(name.trim(), { onSuccess: (cohort) => void navigate(webPaths.cohort(cohort.id)) });
      }}
    >
      <h2 id={`${id}-title`}>Start a cohort</h2>
      <TextField label="Name" required maxLength={120} placeholder="Spring 2027 evening class" value={name} onValue={setName} />
      <FormError error={create.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create the cohort
        </button>
      </div>
    </form>
  );
}
