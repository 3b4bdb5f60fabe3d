import type { ActivityResponse } from "../../../shared/api/index.js";
import "./ActivityHeatmap.css";

/** How dark a day is: nothing, then 1, 2–3, 4–7 and 8+ activities. */
const level = (count: number) => (count === 0 ? 0 : count === 1 ? 1 : count < 4 ? 2 : count < 8 ? 3 : 4);

/** The last year of activity, a column per week; the text summary is what screen readers get. */
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
      <div className="heatmap" aria-hidden="true">
        {Array.from({ length: offset }, (_, index) => (
          <span key={`pad-${index}`} className="heatmap__day heatmap__day--pad" />
        ))}
        {activity.days.map((day) => (
          <span key={day.date} className={`heatmap__day heatmap__day--${level(day.count)}`} title={`${day.date}: ${day.count}`} />
        ))}
      </div>
    </section>
  );
}
