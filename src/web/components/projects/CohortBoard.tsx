import { useId, useState } from "react";
import type { CohortListResponse, ProjectResponse } from "../../../shared/api/index.js";
import { useCohorts } from "../../api/cohort-queries.js";
import { Leaderboard } from "./Leaderboard.js";

export interface CohortChoice {
  readonly cohorts: CohortListResponse["cohorts"];
  /** The chosen cohort (the first by default); null outside any cohort. */
  readonly cohortId: string | null;
  readonly choose: (cohortId: string) => void;
}

/** Multi-user mode: which of the learner's cohorts a project page ranks them in (its board, a new submission's rank). */
export function useCohortChoice(shared: boolean): CohortChoice {
  const cohorts = useCohorts(shared).data?.cohorts ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  return { cohorts, cohortId: chosen ?? cohorts[0]?.id ?? null, choose: setChosen };
}

/**
 * Multi-user mode: the leaderboard of the chosen cohort, picked above it; outside any cohort,
 * only the learner's own standing.
 */
export function CohortBoard({ project, choice }: { project: ProjectResponse; choice: CohortChoice }) {
  const id = useId();
  const { cohorts, cohortId } = choice;
  const picker =
    cohorts.length === 0 ? (
      <p className="muted">
        You are in no cohort: the board shows only your own submissions. Join one with your instructor&apos;s link.
      </p>
    ) : cohorts.length === 1 ? null : (
      <div className="inline-field">
        <label htmlFor={`${id}-cohort`}>Cohort</label>
        <select id={`${id}-cohort`} value={cohortId ?? ""} onChange={(event) => choice.choose(event.target.value)}>
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
