/** One calendar month of the activity window. */
export interface MonthActivity {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly activeDays: number;
  readonly activities: number;
}

/**
 * Sums per-day activity counts into calendar months, oldest first, so the heatmap's year can also be
 * read as a table (by screen readers, and by anyone who cannot tell its shades apart).
 */
export function activityByMonth(days: readonly { readonly date: string; readonly count: number }[]): MonthActivity[] {
  const months = new Map<string, { activeDays: number; activities: number }>();
  for (const day of days) {
    const key = day.date.slice(0, 7);
    const month = months.get(key) ?? { activeDays: 0, activities: 0 };
    if (day.count > 0) month.activeDays += 1;
    month.activities += day.count;
    months.set(key, month);
  }
  return [...months.entries()].map(([month, totals]) => ({ month, ...totals }));
}
