import { useId, useState } from "react";
import { Link } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useCloseCompetition, useCohortCompetitions, useOpenCompetition } from "../../api/cohort-queries.js";
import { useProjects } from "../../api/queries.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { QueryState } from "../QueryState.js";
import { Timestamp } from "../projects/Timestamp.js";
import { FormError, TextField } from "../TextField.js";

/** The instructor opens a project's competition for the cohort (with a deadline or none) and closes it. */
export function CompetitionsPanel({ cohortId }: { cohortId: string }) {
  const id = useId();
  const competitions = useCohortCompetitions(cohortId);
  const projects = useProjects().data?.projects ?? [];
  const open = useOpenCompetition(cohortId);
  const close = useCloseCompetition(cohortId);
  const [projectId, setProjectId] = useState("");
  const [deadline, setDeadline] = useState("");
  const [closing, setClosing] = useState<string | null>(null);
  const running = new Set(competitions.data?.competitions.map((competition) => competition.projectId));
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Competitions</h2>
      <QueryState query={competitions}>
        {(data) =>
          data.competitions.length === 0 ? (
            <p className="muted">
              No competition yet. Until you open one, each project&apos;s board ranks the cohort as they submit and stays public.
            </p>
          ) : (
            <ul className="competition-list">
              {data.competitions.map((competition) => (
                <li key={competition.projectId}>
                  <Link to={webPaths.project(competition.projectId)}>{competition.projectTitle}</Link> —{" "}
                  {competition.closedAt ? (
                    <>
                      <span aria-hidden="true">■ </span>closed <Timestamp iso={competition.closedAt} />; the private board is out
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">● </span>open
                      {competition.deadline ? (
                        <>
                          {" "}
                          until <Timestamp iso={competition.deadline} />
                        </>
                      ) : (
                        " until you close it"
                      )}{" "}
                      <button
                        type="button"
                        className="button"
                        disabled={close.isPending}
                        onClick={() => setClosing(competition.projectId)}
                      >
                        Close now<span className="visually-hidden"> {competition.projectTitle}</span>
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          open.mutate(
            { projectId, deadline: deadline === "" ? null : new Date(deadline).toISOString() },
            { onSuccess: () => setDeadline("") },
          );
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-project`}>Project</label>
          <select id={`${id}-project`} required value={projectId} onChange={(event) => setProjectId(event.target.value)}>
            <option value="">Choose a project…</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title}
                {running.has(project.id) ? " (has a competition)" : ""}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Deadline (your time; optional)" type="datetime-local" value={deadline} onValue={setDeadline} />
        <FormError error={open.error} />
        <FormError error={close.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={open.isPending}>
            {running.has(projectId) ? "Change the deadline" : "Open the competition"}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={closing !== null}
        title="Close the competition now?"
        confirmLabel="Close and reveal the private board"
        onCancel={() => setClosing(null)}
        onConfirm={() => {
          if (closing) close.mutate(closing);
          setClosing(null);
        }}
      >
        <p>
          Each learner&apos;s final picks are scored on the private part of the hidden test set, and that board becomes the final
          one. Submissions after this do not count. It cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
