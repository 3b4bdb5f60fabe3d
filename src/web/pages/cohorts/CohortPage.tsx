import { useId, useState } from "react";
import { useParams } from "react-router";
import { useCohortDashboard, useCohorts } from "../../api/cohort-queries.js";
import { CohortDashboardTable } from "../../components/cohorts/CohortDashboardTable.js";
import { CompetitionsPanel } from "../../components/cohorts/CompetitionsPanel.js";
import { CohortSettings } from "../../components/cohorts/CohortSettings.js";
import { InvitePanel } from "../../components/cohorts/InvitePanel.js";
import { QueryState } from "../../components/QueryState.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import "./CohortPage.css";

/** An instructor's view of one cohort: who is where, who looks stuck, invites and settings. */
export function CohortPage() {
  const id = useId();
  const { cohortId = "" } = useParams();
  const [inactiveDays, setInactiveDays] = useState(7);
  const [failures, setFailures] = useState(3);
  const dashboard = useCohortDashboard(cohortId, inactiveDays, failures);
  const cohort = useCohorts().data?.cohorts.find((c) => c.id === cohortId);
  useDocumentTitle(dashboard.data?.cohort.name ?? "Cohort");
  const csv = `/api/cohorts/${encodeURIComponent(cohortId)}/dashboard.csv?inactiveDays=${inactiveDays}&failures=${failures}`;
  return (
    <QueryState query={dashboard}>
      {(data) => (
        <div className="page page--wide">
          <p className="eyebrow">Cohort</p>
          <h1>{data.cohort.name}</h1>
          <fieldset className="cohort-page__stuck-settings">
            <legend>Call a learner stuck after</legend>
            <label className="inline-field" htmlFor={`${id}-inactive`}>
              <input
                id={`${id}-inactive`}
                className="text-field"
                type="number"
                min={1}
                max={365}
                value={inactiveDays}
                onChange={(event) => event.target.valueAsNumber >= 1 && setInactiveDays(event.target.valueAsNumber)}
              />
              days without activity
            </label>
            <label className="inline-field" htmlFor={`${id}-failures`}>
              <input
                id={`${id}-failures`}
                className="text-field"
                type="number"
                min={1}
                max={100}
                value={failures}
                onChange={(event) => event.target.valueAsNumber >= 1 && setFailures(event.target.valueAsNumber)}
              />
              failed runs of one exercise
            </label>
            <a className="button" href={csv} download>
              Download as CSV
            </a>
          </fieldset>
          <CohortDashboardTable cohortId={cohortId} dashboard={data} />
          <CompetitionsPanel cohortId={cohortId} />
          <InvitePanel cohortId={cohortId} />
          {cohort ? <CohortSettings cohort={cohort} /> : null}
        </div>
      )}
    </QueryState>
  );
}
