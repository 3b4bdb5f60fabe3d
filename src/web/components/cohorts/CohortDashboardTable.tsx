import { Link } from "react-router";
import type { CohortDashboardResponse } from "../../../shared/api/index.js";
import { webPaths } from "../../../shared/web-paths.js";
import { formatScore } from "../../../shared/projects/format-score.js";
import { ScrollTable } from "../ScrollTable.js";

type Stuck = CohortDashboardResponse["learners"][number]["stuck"][number];

function stuckText(reason: Stuck): string {
  if (reason.kind === "inactive") return `no activity for ${reason.days} days`;
  if (reason.kind === "failing") return `${reason.failures} failed runs of “${reason.exerciseTitle}”`;
  return `behind their plan: ${reason.doneHours} of ${reason.expectedHours} h done`;
}

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : "never");

/** Learners × stages, with practice, activity and why a learner looks stuck (in words and a sign, never colour alone). */
export function CohortDashboardTable({ cohortId, dashboard }: { cohortId: string; dashboard: CohortDashboardResponse }) {
  if (dashboard.learners.length === 0)
    return <p className="empty-state">No learner has joined yet. Make an invite link below and share it.</p>;
  const stuckCount = dashboard.learners.filter((learner) => learner.stuck.length > 0).length;
  return (
    <>
      <p role="status">
        {dashboard.learners.length} {dashboard.learners.length === 1 ? "learner" : "learners"};{" "}
        {stuckCount === 0 ? "nobody looks stuck." : `${stuckCount} may be stuck.`}
      </p>
      <ScrollTable label="Learners' progress">
        <table className="progress-table cohort-grid">
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Stuck?</th>
              <th scope="col">Overall</th>
              {dashboard.stages.map((stage) => (
                <th key={stage.id} scope="col" title={stage.title}>
                  {stage.title}
                </th>
              ))}
              {dashboard.projects.map((project) => (
                <th key={project.id} scope="col" title={`Best public ${project.metric}, ${project.direction} is better`}>
                  {project.title}
                </th>
              ))}
              <th scope="col">Exercises solved</th>
              <th scope="col">Quiz accuracy</th>
              <th scope="col">Last active</th>
              <th scope="col">Streak</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.learners.map((learner) => (
              <tr key={learner.id}>
                <th scope="row">
                  <Link to={webPaths.cohortLearner(cohortId, learner.id)}>{learner.name}</Link>
                </th>
                <td>
                  {learner.stuck.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="stuck-reasons">
                      {learner.stuck.map((reason) => (
                        <li key={stuckText(reason)} className="stuck-reason">
                          <span aria-hidden="true">⚠ </span>
                          {reason.kind === "failing" ? (
                            <Link
                              to={`${webPaths.cohortLearner(cohortId, learner.id)}?exercise=${encodeURIComponent(reason.exerciseId)}`}
                            >
                              {stuckText(reason)}
                            </Link>
                          ) : (
                            stuckText(reason)
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="cohort-grid__stage">{learner.overallPercent}%</td>
                {learner.stages.map((stage) => (
                  <td key={stage.id} className="cohort-grid__stage">
                    {stage.percent}%
                  </td>
                ))}
                {learner.projects.map((project, index) => {
                  const info = dashboard.projects[index];
                  return (
                    <td key={project.projectId} className="numeric">
                      {project.best === null || !info ? "—" : `${formatScore(info, project.best)} (${project.submissions})`}
                    </td>
                  );
                })}
                <td className="numeric">
                  {learner.exercisesSolved} of {dashboard.exercisesTotal}
                </td>
                <td className="numeric">
                  {learner.quizAccuracy === null ? "no answers" : `${learner.quizAccuracy}% of ${learner.quizAnswered}`}
                </td>
                <td>{day(learner.lastActive)}</td>
                <td className="numeric">
                  {learner.currentStreak} {learner.currentStreak === 1 ? "day" : "days"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
