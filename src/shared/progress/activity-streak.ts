import { addDays } from "../plan/calendar-date.js";

export interface ActivitySummary {
  /** Consecutive active days up to today (or yesterday, while today has no activity yet). */
  readonly currentStreak: number;
  readonly longestStreak: number;
  readonly activeDays: number;
  /** One entry per day of the window, oldest first. */
  readonly days: { date: string; count: number }[];
}

/** Streaks and a per-day count over the `windowDays` days ending `today`, from local activity days. */
export function summarizeActivity(activityDays: readonly string[], today: string, windowDays: number): ActivitySummary {
  const counts = new Map<string, number>();
  for (const day of activityDays) counts.set(day, (counts.get(day) ?? 0) + 1);
  const days = Array.from({ length: windowDays }, (_, index) => {
    const date = addDays(today, index - windowDays + 1);
    return { date, count: counts.get(date) ?? 0 };
  });
  let longestStreak = 0;
  let run = 0;
  for (const day of days) {
    run = day.count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  // A streak stays alive until the end of today: it is broken only by a whole day without activity.
  let cursor = (counts.get(today) ?? 0) > 0 ? today : addDays(today, -1);
  let currentStreak = 0;
  while ((counts.get(cursor) ?? 0) > 0) {
    currentStreak += 1;
    cursor = addDays(cursor, -1);
  }
  return {
    currentStreak,
    longestStreak: Math.max(longestStreak, currentStreak),
    activeDays: days.filter((day) => day.count > 0).length,
    days,
  };
}
