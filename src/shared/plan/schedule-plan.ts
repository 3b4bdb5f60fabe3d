import { addDays, addMonths, daysBetween, isoWeekday, weekStart } from "./calendar-date.js";
import type { PlanSettings } from "./plan-settings.js";

export interface PlannedTopic {
  readonly id: string;
  readonly title: string;
  readonly hours: number;
}

/** One study session on one day: the topics (or parts of them) it covers. */
export interface StudyBlock {
  readonly date: string;
  readonly hours: number;
  readonly topics: readonly { readonly id: string; readonly title: string; readonly hours: number }[];
}

export interface Schedule {
  readonly blocks: readonly StudyBlock[];
  /** Each topic's deadline: the day of its last block. */
  readonly deadlines: readonly { readonly topicId: string; readonly title: string; readonly date: string }[];
  readonly totalHours: number;
  /** The day of the last block; null when nothing is left to study. */
  readonly finishDate: string | null;
  readonly weeks: readonly {
    readonly start: string;
    readonly hours: number;
    readonly topics: readonly { readonly id: string; readonly title: string }[];
  }[];
  readonly verdict: Verdict;
}

export interface Verdict {
  /** Months from the start to the finish, one decimal. */
  readonly months: number;
  readonly withinTwelveMonths: boolean;
  /** Weekly hours that would finish within 12 months of the start. */
  readonly hoursForTwelveMonths: number;
  readonly target: { readonly fits: boolean; readonly hoursNeeded: number } | null;
  readonly message: string;
}

/** The roadmap FAQ: a focused learner gets there in 6–12 months. */
const FAQ_MONTHS = { min: 6, max: 12 } as const;
const MAX_HOURS_PER_WEEK = 80;
const DAYS_PER_MONTH = 365.25 / 12;

const roundHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Lays the topics, in the given order, over the learner's study days from the start date: every
 * study day gets hoursPerWeek / studyDays of work, and a topic spills into the next day when it
 * does not fit. Minutes are counted in integers so that hundreds of blocks do not drift.
 */
export function schedulePlan(settings: PlanSettings, topics: readonly PlannedTopic[]): Schedule {
  const { blocks, deadlines } = layOut(settings, topics);
  const totalHours = Math.round(topics.reduce((sum, topic) => sum + topic.hours, 0) * 10) / 10;
  const finishDate = blocks.at(-1)?.date ?? null;
  return {
    blocks,
    deadlines,
    totalHours,
    finishDate,
    weeks: groupByWeek(blocks),
    verdict: verdictOf(settings, topics, totalHours, finishDate),
  };
}

function layOut(settings: PlanSettings, topics: readonly PlannedTopic[]): Pick<Schedule, "blocks" | "deadlines"> {
  const blockMinutes = Math.max(1, Math.round((settings.hoursPerWeek * 60) / settings.studyDays.length));
  const queue = topics.map((topic) => ({ ...topic, minutesLeft: Math.max(1, Math.round(topic.hours * 60)) }));
  const blocks: StudyBlock[] = [];
  const deadlines: { topicId: string; title: string; date: string }[] = [];
  let date = settings.startDate;
  while (queue.length > 0) {
    if ((settings.studyDays as readonly number[]).includes(isoWeekday(date))) {
      let free = blockMinutes;
      const parts: { id: string; title: string; hours: number }[] = [];
      while (free > 0 && queue.length > 0) {
        const topic = queue[0] as (typeof queue)[number];
        const used = Math.min(free, topic.minutesLeft);
        parts.push({ id: topic.id, title: topic.title, hours: roundHours(used) });
        topic.minutesLeft -= used;
        free -= used;
        if (topic.minutesLeft === 0) {
          deadlines.push({ topicId: topic.id, title: topic.title, date });
          queue.shift();
        }
      }
      blocks.push({ date, hours: roundHours(blockMinutes - free), topics: parts });
    }
    date = addDays(date, 1);
  }
  return { blocks, deadlines };
}

/**
 * The fewest whole weekly hours whose schedule ends by `lastDay`. Total hours divided by weeks is
 * only a first guess: the study days that really fall before `lastDay` (a start after this week's
 * study days loses them, a spare partial week gains one) and per-day rounding move the end, so the
 * guess is checked by laying the plan out and moved until it is the least that fits — the number we
 * tell the learner must really work.
 */
function weeklyHoursToFinishBy(
  settings: PlanSettings,
  topics: readonly PlannedTopic[],
  totalHours: number,
  lastDay: string,
): number {
  const fits = (hours: number) => {
    const finish = layOut({ ...settings, hoursPerWeek: hours }, topics).blocks.at(-1)?.date;
    return finish === undefined || finish <= lastDay;
  };
  let hours = Math.max(1, Math.ceil(totalHours / Math.max(1, daysBetween(settings.startDate, lastDay) / 7)));
  // More hours a week never finish later, so both searches stop; the bound keeps a day-long target finite.
  while (hours > 1 && fits(hours - 1)) hours -= 1;
  for (let tries = 0; tries < 200 && !fits(hours); tries += 1) hours += 1;
  return hours;
}

function groupByWeek(blocks: readonly StudyBlock[]): Schedule["weeks"] {
  const weeks = new Map<string, { start: string; minutes: number; topics: Map<string, string> }>();
  for (const block of blocks) {
    const start = weekStart(block.date);
    const week = weeks.get(start) ?? { start, minutes: 0, topics: new Map<string, string>() };
    week.minutes += Math.round(block.hours * 60);
    for (const topic of block.topics) week.topics.set(topic.id, topic.title);
    weeks.set(start, week);
  }
  return [...weeks.values()].map((week) => ({
    start: week.start,
    hours: roundHours(week.minutes),
    topics: [...week.topics.entries()].map(([id, title]) => ({ id, title })),
  }));
}

function verdictOf(
  settings: PlanSettings,
  topics: readonly PlannedTopic[],
  totalHours: number,
  finishDate: string | null,
): Verdict {
  const twelveMonthsEnd = addMonths(settings.startDate, FAQ_MONTHS.max);
  const target =
    settings.targetDate === null
      ? null
      : {
          fits: finishDate === null || finishDate <= settings.targetDate,
          hoursNeeded: weeklyHoursToFinishBy(settings, topics, totalHours, settings.targetDate),
        };
  if (finishDate === null) {
    return {
      months: 0,
      withinTwelveMonths: true,
      hoursForTwelveMonths: 0,
      target,
      message: "Every topic is done or skipped: nothing is left to plan.",
    };
  }
  const months = Math.round((daysBetween(settings.startDate, finishDate) / DAYS_PER_MONTH) * 10) / 10;
  const withinTwelveMonths = finishDate <= twelveMonthsEnd;
  const hoursForTwelveMonths = weeklyHoursToFinishBy(settings, topics, totalHours, twelveMonthsEnd);
  const pace = `At ${settings.hoursPerWeek} hours a week, the ${totalHours} hours left take until ${finishDate}, about ${months} months`;
  let message: string;
  if (!withinTwelveMonths) {
    const fix =
      hoursForTwelveMonths <= MAX_HOURS_PER_WEEK
        ? `${hoursForTwelveMonths} hours a week would fit 12 months.`
        : `Even ${MAX_HOURS_PER_WEEK} hours a week would not fit 12 months; skip topics you already know.`;
    message = `${pace}: longer than the ${FAQ_MONTHS.min}–${FAQ_MONTHS.max} months the roadmap's FAQ gives a focused learner. ${fix}`;
  } else if (months < FAQ_MONTHS.min) {
    message = `${pace}: faster than the FAQ's ${FAQ_MONTHS.min}–${FAQ_MONTHS.max} months. Make sure the hours are ones you can keep.`;
  } else {
    message = `${pace}: within the ${FAQ_MONTHS.min}–${FAQ_MONTHS.max} months the roadmap's FAQ gives a focused learner.`;
  }
  if (target) {
    // Past the 80-hour limit a number of hours is no advice: the date itself has to move.
    const need =
      target.hoursNeeded <= MAX_HOURS_PER_WEEK
        ? `it needs ${target.hoursNeeded} hours a week.`
        : `even ${MAX_HOURS_PER_WEEK} hours a week would not make it; pick a later date or skip topics you already know.`;
    message += target.fits
      ? ` That is before your target date, ${settings.targetDate}.`
      : ` That misses your target date, ${settings.targetDate}: ${need}`;
  }
  return { months, withinTwelveMonths, hoursForTwelveMonths, target, message };
}
