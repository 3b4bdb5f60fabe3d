import type { ActivityResponse } from "../../../shared/api/index.js";
import { activityByMonth } from "../../../shared/progress/activity-by-month.js";
import { ScrollTable } from "../ScrollTable.js";
import "./ActivityHeatmap.css";

/** How dark a day is: nothing, then 1, 2–3, 4–7 and 8+ activities. */
const level = (count: number) => (count === 0 ? 0 : count === 1 ? 1 : count < 4 ? 2 : count < 8 ? 3 : 4);
const LEGEND = ["none", "1", "2–3", "4–7", "8 or more"] as const;

/**
 * The last year of activity, a column per week. The grid is a picture only; the text summary and
 * the month table carry the same facts for screen readers and for anyone who cannot tell shades apart.
 */
export function ActivityHeatmap({ activity }: { activity: ActivityResponse }) {
  const first = activity.days[0];
  // Pad the first column so each row is a weekday (Monday on top).
  const offset = first ? (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  return (
    <section className="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <p>
        <strong>
          {activity.currentStreak} day{activity.currentStreak === 1 ? "" : "s"}
        </strong>{" "}
        current streak · longest {activity.longestStreak} · {activity.activeDays} active day{activity.activeDays === 1 ? "" : "s"}{" "}
        in the last year
        <span className="muted"> (graded runs, quiz answers and submissions, counted in {activity.timeZone})</span>
      </p>
      {activity.activeDays === 0 ? (
        <p className="muted">No activity yet: run an exercise’s tests, answer a quiz or submit to a project to start a streak.</p>
      ) : null}
      <div className="heatmap" aria-hidden="true">
        {Array.from({ length: offset }, (_, index) => (
          <span key={`pad-${index}`} className="heatmap__day heatmap__day--pad" />
        ))}
        {activity.days.map((day) => (
          <span key={day.date} className={`heatmap__day heatmap__day--${level(day.count)}`} title={`${day.date}: ${day.count}`} />
        ))}
      </div>
      <p className="heatmap__legend" aria-hidden="true">
        Activities a day:
        {LEGEND.map((label, index) => (
          <span key={label} className="heatmap__legend-item">
            <span className={`heatmap__day heatmap__day--${index}`} /> {label}
          </span>
        ))}
      </p>
      <details className="activity__months">
        <summary>Activity by month</summary>
        <ScrollTable label="Active days and activities by month">
          <table className="progress-table">
            <caption className="visually-hidden">Active days and activities in each month of the last year</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="numeric">
                  Active days
                </th>
                <th scope="col" className="numeric">
                  Activities
                </th>
              </tr>
            </thead>
            <tbody>
              {activityByMonth(activity.days).map((month) => (
                <tr key={month.month}>
                  <th scope="row">{month.month}</th>
                  <td className="numeric">{month.activeDays}</td>
                  <td className="numeric">{month.activities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </section>
  );
}
