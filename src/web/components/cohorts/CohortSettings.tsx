import { useId, useState } from "react";
import type { Cohort, SolutionUnlock } from "../../../shared/api/index.js";
import { useChangeCohort } from "../../api/cohort-queries.js";
import { FormError, TextField } from "../TextField.js";

type Kind = SolutionUnlock["kind"];

const KIND_LABEL: Record<Kind, string> = {
  "after-attempts": "after a number of graded runs",
  "after-solving": "once the learner has solved the exercise",
  "after-date": "from a date",
  never: "never",
};

/** The cohort's name, and when its learners may open reference solutions. */
export function CohortSettings({ cohort }: { cohort: Cohort }) {
  const id = useId();
  const change = useChangeCohort(cohort.id);
  const [name, setName] = useState(cohort.name);
  const [kind, setKind] = useState<Kind>(cohort.solutionUnlock.kind);
  const [attempts, setAttempts] = useState(cohort.solutionUnlock.kind === "after-attempts" ? cohort.solutionUnlock.attempts : 1);
  const [date, setDate] = useState(cohort.solutionUnlock.kind === "after-date" ? cohort.solutionUnlock.date : "");
  const unlock = (): SolutionUnlock =>
    kind === "after-attempts" ? { kind, attempts } : kind === "after-date" ? { kind, date } : { kind };
  return (
    <form
      className="panel form-stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ name: name.trim(), solutionUnlock: unlock() });
      }}
    >
      <h2 id={`${id}-title`}>Settings</h2>
      <TextField label="Name" required maxLength={120} value={name} onValue={setName} />
      <fieldset>
        <legend>Reference solutions open</legend>
        {(Object.keys(KIND_LABEL) as Kind[]).map((option) => (
          <label key={option} className="inline-field">
            <input type="radio" name={`${id}-unlock`} checked={kind === option} onChange={() => setKind(option)} />
            {KIND_LABEL[option]}
          </label>
        ))}
        {kind === "after-attempts" ? (
          <label className="inline-field">
            Runs:
            <input
              className="text-field"
              type="number"
              min={1}
              max={100}
              required
              value={attempts}
              onChange={(event) => setAttempts(event.target.valueAsNumber)}
            />
          </label>
        ) : null}
        {kind === "after-date" ? (
          <label className="inline-field">
            From (UTC):
            <input className="text-field" type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
          </label>
        ) : null}
      </fieldset>
      <p className="hint">A learner in several cohorts sees a solution only when every one of them allows it.</p>
      <FormError error={change.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          Save settings
        </button>
        {change.isSuccess ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
