import { useActivity, usePlan } from "../api/plan-queries.js";
import { ActivityHeatmap } from "../components/plan/ActivityHeatmap.js";
import { PlanForm } from "../components/plan/PlanForm.js";
import { PlanOverview } from "../components/plan/PlanOverview.js";
import { QueryState } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";

/** The study plan: the roadmap's remaining topics laid over the learner's weeks, with streaks and a calendar. */
export function PlanPage() {
  const plan = usePlan();
  const activity = useActivity();
  useDocumentTitle("Study plan");
  return (
    <QueryState query={plan}>
      {(data) => (
        <div className="page">
          <h1>Study plan</h1>
          <p className="lead">
            Tell Stepwise when you study and it lays the topics you have left over your weeks, prerequisites first, from each
            topic’s estimated hours. The roadmap’s FAQ says a focused learner needs 6–12 months.
          </p>
          {data ? <PlanOverview plan={data} /> : null}
          {activity.data ? <ActivityHeatmap activity={activity.data} /> : null}
          <div className="panel">
            <PlanForm key={data?.updatedAt ?? "new"} saved={data?.settings ?? null} />
          </div>
        </div>
      )}
    </QueryState>
  );
}
