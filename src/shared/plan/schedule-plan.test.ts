import { describe, expect, it } from "vitest";
import { planStatus } from "./plan-status.js";
import { PlanSettingsSchema, type PlanSettings } from "./plan-settings.js";
import { schedulePlan } from "./schedule-plan.js";

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  hoursPerWeek: 6,
  studyDays: [1, 3, 5],
  startTime: "19:00",
  timeZone: "Europe/Berlin",
  startDate: "2027-01-04",
  targetDate: null,
  ...overrides,
});
const topics = [
  { id: "a", title: "A", hours: 3 },
  { id: "b", title: "B", hours: 2.5 },
  { id: "c", title: "C", hours: 1 },
];

describe("schedulePlan", () => {
  it("fills each study day with hoursPerWeek / days, spilling a topic into the next day, and dates each deadline", () => {
    const schedule = schedulePlan(settings(), topics);
    // 2027-01-04 is a Monday: Monday, Wednesday, Friday, then Monday again.
    expect(
      schedule.blocks.map((block) => [block.date, block.hours, block.topics.map((topic) => `${topic.id}:${topic.hours}`)]),
    ).toEqual([
      ["2027-01-04", 2, ["a:2"]],
      ["2027-01-06", 2, ["a:1", "b:1"]],
      ["2027-01-08", 2, ["b:1.5", "c:0.5"]],
      ["2027-01-11", 0.5, ["c:0.5"]],
    ]);
    expect(schedule.deadlines).toEqual([
      { topicId: "a", title: "A", date: "2027-01-06" },
      { topicId: "b", title: "B", date: "2027-01-08" },
      { topicId: "c", title: "C", date: "2027-01-11" },
    ]);
    expect(schedule.finishDate).toBe("2027-01-11");
    expect(schedule.weeks.map((week) => [week.start, week.hours, week.topics.map((topic) => topic.id)])).toEqual([
      ["2027-01-04", 6, ["a", "b", "c"]],
      ["2027-01-11", 0.5, ["c"]],
    ]);
  });

  it("says plainly when the hours take longer than the FAQ's 12 months, and what weekly hours would fit", () => {
    const long = [{ id: "all", title: "Everything", hours: 600 }];
    const verdict = schedulePlan(settings(), long).verdict;
    expect(verdict.withinTwelveMonths).toBe(false);
    // 600 h at 6 h a week is 100 weeks, about 23 months; 12 months are 52 weeks and a day, so 12 h a week fits.
    expect(verdict.months).toBeGreaterThan(22);
    expect(verdict.hoursForTwelveMonths).toBe(12);
    expect(verdict.message).toMatch(
      /longer than the 6–12 months the roadmap's FAQ gives a focused learner\. 12 hours a week would fit 12 months\./,
    );
    const fits = schedulePlan(settings({ hoursPerWeek: 12 }), long).verdict;
    expect(fits).toMatchObject({ withinTwelveMonths: true });
    expect(fits.message).toMatch(/within the 6–12 months/);
  });

  it("checks a target date and names the weekly hours it needs", () => {
    const verdict = schedulePlan(settings({ targetDate: "2027-03-01" }), [{ id: "x", title: "X", hours: 80 }]).verdict;
    expect(verdict.target).toEqual({ fits: false, hoursNeeded: 10 });
    expect(verdict.message).toMatch(/misses your target date, 2027-03-01: it needs 10 hours a week/);
    // A target two weeks away for 600 hours: no weekly hours within the limit make it, and the page says so.
    const soon = schedulePlan(settings({ targetDate: "2027-01-18" }), [{ id: "x", title: "X", hours: 600 }]).verdict;
    expect(soon.target?.fits).toBe(false);
    expect(soon.target?.hoursNeeded).toBeGreaterThan(80);
    expect(soon.message).toMatch(
      /misses your target date, 2027-01-18: even 80 hours a week would not make it; pick a later date/,
    );
  });
  it("names weekly hours that really fit, counting the study days that fall before the deadline", () => {
    // A Tuesday start with Mondays only: the 12 months hold 52 Mondays, not the 52.1 weeks a division assumes.
    const mondays = settings({ studyDays: [1], startDate: "2027-01-05" });
    const verdict = schedulePlan(mondays, [{ id: "all", title: "Everything", hours: 521 }]).verdict;
    // 521 h / 52.1 weeks rounds up to 10, but 52 Mondays of 10 h are 520 h: one short.
    expect(verdict.hoursForTwelveMonths).toBe(11);
    expect(
      schedulePlan({ ...mondays, hoursPerWeek: 11 }, [{ id: "all", title: "Everything", hours: 521 }]).verdict.withinTwelveMonths,
    ).toBe(true);
    expect(
      schedulePlan({ ...mondays, hoursPerWeek: 10 }, [{ id: "all", title: "Everything", hours: 521 }]).verdict.withinTwelveMonths,
    ).toBe(false);
    // Eight Mondays up to and including the target: 10 h each is enough, though 80 h / 7.9 weeks rounds up to 11.
    const target = schedulePlan({ ...mondays, targetDate: "2027-03-01" }, [{ id: "x", title: "X", hours: 80 }]).verdict.target;
    expect(target).toEqual({ fits: false, hoursNeeded: 10 });
    expect(
      schedulePlan({ ...mondays, hoursPerWeek: 10, targetDate: "2027-03-01" }, [{ id: "x", title: "X", hours: 80 }]).verdict
        .target,
    ).toEqual({ fits: true, hoursNeeded: 10 });
  });
});

describe("planStatus", () => {
  const schedule = schedulePlan(settings(), topics);
  it("is on track within a block of the plan, behind or ahead beyond it, and not started before the first day", () => {
    expect(planStatus(schedule, topics, new Set(), "2027-01-01").kind).toBe("not-started");
    expect(planStatus(schedule, topics, new Set(), "2027-01-06")).toMatchObject({
      kind: "on-track",
      expectedHours: 2,
      doneHours: 0,
    });
    const behind = planStatus(schedule, topics, new Set(), "2027-01-09");
    expect(behind).toMatchObject({ kind: "behind", expectedHours: 6, doneHours: 0 });
    expect(behind.message).toMatch(/Re-plan from today/);
    expect(planStatus(schedule, topics, new Set(["a", "b"]), "2027-01-04")).toMatchObject({ kind: "ahead", doneHours: 5.5 });
    expect(planStatus(schedule, topics, new Set(["a", "b", "c"]), "2027-01-05").kind).toBe("finished");
  });
});

describe("PlanSettingsSchema", () => {
  it("refuses hours outside 1–80, no study days, an unknown time zone and a target before the start, saying how to fix each", () => {
    const result = PlanSettingsSchema.safeParse({
      ...settings(),
      hoursPerWeek: 81,
      studyDays: [],
      timeZone: "Mars/Olympus",
      targetDate: "2026-01-01",
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "hoursPerWeek: must be at most 80 hours a week",
        "studyDays: choose at least one day of the week to study on",
        "timeZone: is not a time zone; use an IANA name such as Europe/Berlin",
      ]),
    );
    expect(PlanSettingsSchema.safeParse({ ...settings(), targetDate: "2026-01-01" }).error?.issues[0]).toMatchObject({
      path: ["targetDate"],
      message: "must be after the start date",
    });
    expect(PlanSettingsSchema.safeParse({ ...settings(), startDate: "2027-02-30" }).success).toBe(false);
  });
});
