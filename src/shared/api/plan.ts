import { z } from "zod";
import { PlanSettingsSchema } from "../plan/plan-settings.js";

const TopicRefSchema = z.object({ id: z.string(), title: z.string() });

export const PlanResponseSchema = z.object({
  settings: PlanSettingsSchema,
  totalHours: z.number().describe("Hours of the topics the plan covers"),
  finishDate: z.string().nullable(),
  verdict: z.object({
    months: z.number(),
    withinTwelveMonths: z.boolean().describe("Whether it fits the FAQ's 6–12 months"),
    hoursForTwelveMonths: z.number().int(),
    target: z.object({ fits: z.boolean(), hoursNeeded: z.number().int() }).nullable(),
    message: z.string(),
  }),
  status: z.object({
    kind: z.enum(["not-started", "behind", "on-track", "ahead", "finished"]),
    expectedHours: z.number(),
    doneHours: z.number(),
    message: z.string(),
  }),
  thisWeek: z
    .object({
      start: z.string(),
      hours: z.number(),
      topics: z.array(TopicRefSchema.extend({ done: z.boolean() })),
      exercises: z.array(TopicRefSchema.extend({ solved: z.boolean() })),
    })
    .nullable()
    .describe("This week's goals: its topics and their exercises"),
  weeks: z.array(z.object({ start: z.string(), hours: z.number(), topics: z.array(TopicRefSchema) })),
  deadlines: z.array(z.object({ topicId: z.string(), title: z.string(), date: z.string() })),
  calendarPath: z.string().describe("The iCalendar feed to subscribe to"),
  updatedAt: z.string(),
  replannedAt: z.string().nullable().describe("When you last re-planned from today; null if never"),
});

export const ActivityQuerySchema = z.object({
  timeZone: z.string().optional().describe("IANA time zone; default: the plan's, else UTC"),
});

export const ActivityResponseSchema = z.object({
  timeZone: z.string(),
  currentStreak: z.number().int(),
  longestStreak: z.number().int(),
  activeDays: z.number().int(),
  days: z.array(z.object({ date: z.string(), count: z.number().int() })).describe("The last 365 days, oldest first"),
});

export type PlanResponse = z.infer<typeof PlanResponseSchema>;
export type ActivityResponse = z.infer<typeof ActivityResponseSchema>;
