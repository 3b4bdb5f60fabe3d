import { z } from "zod";
import { isCalendarDate } from "./calendar-date.js";

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const CalendarDateSchema = z.string().refine(isCalendarDate, { message: "must be a date written YYYY-MM-DD, e.g. 2027-01-15" });

/** Whether the runtime knows `zone` as an IANA time zone (Europe/Berlin, America/New_York, UTC …). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the learner tells the planner. Dates are calendar days in their time zone. */
export const PlanSettingsSchema = z
  .strictObject({
    hoursPerWeek: z
      .number({ error: "must be a number of hours" })
      .min(1, "must be at least 1 hour a week")
      .max(80, "must be at most 80 hours a week"),
    studyDays: z
      .array(z.union(WEEKDAYS.map((day) => z.literal(day))), { error: "must list weekdays as numbers, 1 (Monday) to 7 (Sunday)" })
      .min(1, "choose at least one day of the week to study on")
      .refine((days) => new Set(days).size === days.length, { message: "lists a weekday twice" }),
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time written HH:MM, e.g. 19:30"),
    timeZone: z.string().refine(isKnownTimeZone, { message: "is not a time zone; use an IANA name such as Europe/Berlin" }),
    startDate: CalendarDateSchema,
    targetDate: CalendarDateSchema.nullable().default(null),
  })
  .refine((settings) => settings.targetDate === null || settings.targetDate > settings.startDate, {
    message: "must be after the start date",
    path: ["targetDate"],
  });

export type PlanSettings = z.infer<typeof PlanSettingsSchema>;
