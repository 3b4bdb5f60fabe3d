import { useId, useState } from "react";
import type { ProjectResponse } from "../../../shared/api/index.js";
import { useCohorts } from "../../api/cohort-queries.js";
import { Leaderboard } from "./Leaderboard.js";

/**
 * Multi-user mode: the leaderboard of one of the learner's cohorts, chosen above it (the first by
 * default); outside any cohort, only their own standing.
 */
export function CohortBoard({ project }: { project: ProjectResponse }) {
  const id = useId();
  const cohorts = useCohorts().data?.cohorts ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const cohortId = chosen ?? cohorts[0]?.id ?? null;
  const picker =
    cohorts.length === 0 ? (
      <p className="muted">
        You are in no cohort: the board shows only your own submissions. Join one with your instructor&apos;s link.
      </p>
    ) : cohorts.length === 1 ? null : (
      <div className="inline-field">
        <label htmlFor={`${id}-cohort`}>Cohort</label>
        <select id={`${id}-cohort`} value={cohortId ?? ""} onChange={(event) => setChosen(event.target.value)}>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
      </div>
    );
  return <Leaderboard project={project} cohortId={cohortId} picker={picker} />;
}
