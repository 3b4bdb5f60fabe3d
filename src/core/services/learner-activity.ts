import { dayInZone } from "../../shared/plan/calendar-date.js";
import { type ActivitySummary, summarizeActivity } from "../../shared/progress/activity-streak.js";
import type { Database } from "../db/database-schema.js";

/** The heatmap covers a year. */
export const ACTIVITY_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * Days with real activity — a graded run, a quiz answer, a project submission — counted in the
 * learner's time zone, with the streaks they make.
 */
export async function learnerActivity(db: Database, userId: string, timeZone: string, now: Date): Promise<ActivitySummary> {
  // A day of margin either side of the window covers every time zone's offset.
  const since = new Date(now.getTime() - (ACTIVITY_WINDOW_DAYS + 1) * DAY_MS).toISOString();
  const [attempts, answers, submissions] = await Promise.all([
    db
      .selectFrom("exercise_attempts")
      .select("created_at")
      .where("user_id", "=", userId)
      .where("created_at", ">=", since)
      .execute(),
    db.selectFrom("quiz_answers").select("created_at").where("user_id", "=", userId).where("created_at", ">=", since).execute(),
    db
      .selectFrom("project_submissions")
      .select("created_at")
      .where("user_id", "=", userId)
      .where("created_at", ">=", since)
      .execute(),
  ]);
  const days = [...attempts, ...answers, ...submissions].map((row) => dayInZone(new Date(row.created_at), timeZone));
  return summarizeActivity(days, dayInZone(now, timeZone), ACTIVITY_WINDOW_DAYS);
}
