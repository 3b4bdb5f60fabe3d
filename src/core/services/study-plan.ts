import type { PlanResponse } from "../../shared/api/plan.js";
import type { Curriculum } from "../../shared/content/index.js";
import { dayInZone } from "../../shared/plan/calendar-date.js";
import { planToICalendar } from "../../shared/plan/icalendar.js";
import { remainingTopicsInOrder } from "../../shared/plan/plan-order.js";
import { type PlanSettings, PlanSettingsSchema } from "../../shared/plan/plan-settings.js";
import { type PlanStatus, planStatus } from "../../shared/plan/plan-status.js";
import { type PlannedTopic, schedulePlan } from "../../shared/plan/schedule-plan.js";
import type { Database } from "../db/database-schema.js";
import { loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import { findStudyPlan, saveStudyPlan } from "../db/study-plans.repository.js";
import { loadStatuses } from "../db/topic-progress.repository.js";

export const CALENDAR_PATH = "/api/plan/calendar.ics";

interface StoredPlan {
  readonly settings: PlanSettings;
  readonly topics: PlannedTopic[];
  readonly updatedAt: string;
  readonly replannedAt: string | null;
}

async function loadPlan(db: Database, userId: string): Promise<StoredPlan | undefined> {
  const row = await findStudyPlan(db, userId);
  if (!row) return undefined;
  return {
    settings: PlanSettingsSchema.parse(JSON.parse(row.settings_json)),
    topics: JSON.parse(row.topics_json) as PlannedTopic[],
    updatedAt: row.updated_at,
    replannedAt: row.replanned_at,
  };
}

/**
 * Saves the settings and lays out the topics still to study now; the plan is measured against them.
 * `replanned` records that the learner asked to start again from today.
 */
export async function savePlan(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  settings: PlanSettings,
  now: Date,
  replanned = false,
): Promise<void> {
  const topics = remainingTopicsInOrder(curriculum, await loadStatuses(db, userId));
  await saveStudyPlan(db, {
    userId,
    settingsJson: JSON.stringify(settings),
    topicsJson: JSON.stringify(topics),
    now: now.toISOString(),
    replanned,
  });
}

/** The saved plan's start date, for telling an unchanged start from a new one in the past. */
export async function savedStartDate(db: Database, userId: string): Promise<string | undefined> {
  return (await loadPlan(db, userId))?.settings.startDate;
}

/** The time zone the learner planned in, which their streak days are counted in. */
export async function planTimeZone(db: Database, userId: string): Promise<string | undefined> {
  return (await loadPlan(db, userId))?.settings.timeZone;
}

/** Keeps the settings, starts again from today with what is left. Undefined when there is no plan. */
export async function replan(db: Database, curriculum: Curriculum, userId: string, now: Date): Promise<boolean> {
  const plan = await loadPlan(db, userId);
  if (!plan) return false;
  const startDate = dayInZone(now, plan.settings.timeZone);
  const targetDate = plan.settings.targetDate !== null && plan.settings.targetDate > startDate ? plan.settings.targetDate : null;
  await savePlan(db, curriculum, userId, { ...plan.settings, startDate, targetDate }, now, true);
  return true;
}

/** Where the learner stands against their plan today (behind, on track, …); undefined without a plan. */
export async function planStanding(db: Database, userId: string, now: Date): Promise<PlanStatus | undefined> {
  const plan = await loadPlan(db, userId);
  if (!plan) return undefined;
  const settled = settledTopicIds(await loadStatuses(db, userId));
  return planStatus(schedulePlan(plan.settings, plan.topics), plan.topics, settled, dayInZone(now, plan.settings.timeZone));
}

/** Topics that count as behind the learner: done, or skipped on purpose. */
const settledTopicIds = (statuses: ReadonlyMap<string, string>) =>
  new Set([...statuses].filter(([, status]) => status === "done" || status === "skipped").map(([id]) => id));

/** The plan as the page shows it: schedule, honesty verdict, status today and this week's goals. */
export async function presentPlan(
  db: Database,
  curriculum: Curriculum,
  userId: string,
  now: Date,
): Promise<PlanResponse | undefined> {
  const plan = await loadPlan(db, userId);
  if (!plan) return undefined;
  const [statuses, solved] = await Promise.all([loadStatuses(db, userId), loadSolvedExerciseIds(db, userId)]);
  const settled = settledTopicIds(statuses);
  const schedule = schedulePlan(plan.settings, plan.topics);
  const today = dayInZone(now, plan.settings.timeZone);
  const week = schedule.weeks.findLast((item) => item.start <= today) ?? schedule.weeks[0];
  const exercises = (week?.topics ?? []).flatMap((topic) => curriculum.topicsById.get(topic.id)?.exerciseIds ?? []);
  return {
    settings: plan.settings,
    totalHours: schedule.totalHours,
    finishDate: schedule.finishDate,
    verdict: schedule.verdict,
    status: planStatus(schedule, plan.topics, settled, today),
    thisWeek: week
      ? {
          start: week.start,
          hours: week.hours,
          topics: week.topics.map((topic) => ({ ...topic, done: settled.has(topic.id) })),
          exercises: exercises.map((id) => ({
            id,
            title: curriculum.exercisesById.get(id)?.title ?? id,
            solved: solved.has(id),
          })),
        }
      : null,
    weeks: schedule.weeks.map((item) => ({ ...item, topics: [...item.topics] })),
    deadlines: [...schedule.deadlines],
    calendarPath: CALENDAR_PATH,
    updatedAt: plan.updatedAt,
    replannedAt: plan.replannedAt,
  };
}

/** The plan as an iCalendar file; undefined when there is no plan. */
export async function planCalendar(db: Database, userId: string, now: Date): Promise<string | undefined> {
  const plan = await loadPlan(db, userId);
  if (!plan) return undefined;
  return planToICalendar(schedulePlan(plan.settings, plan.topics), {
    timeZone: plan.settings.timeZone,
    startTime: plan.settings.startTime,
    uidSeed: userId,
    now,
    lastModified: new Date(plan.updatedAt),
  });
}

/** The plan's topic order, for "continue": null without a plan. */
export async function planTopicOrder(db: Database, userId: string): Promise<string[] | null> {
  const plan = await loadPlan(db, userId);
  return plan ? plan.topics.map((topic) => topic.id) : null;
}
