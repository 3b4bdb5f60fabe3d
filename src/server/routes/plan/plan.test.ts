import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivityResponse, PlanResponse } from "../../../shared/api/index.js";
import { addDays, dayInZone } from "../../../shared/plan/calendar-date.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { browserResult } from "../../test-support/browser-results.js";
import { readWithIcalendar } from "../../test-support/read-icalendar.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("study plan on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const zone = "Europe/Berlin";
  const today = dayInZone(new Date(), zone);
  const valid = { hoursPerWeek: 6, studyDays: [1, 3, 6], startTime: "19:00", timeZone: zone, startDate: today, targetDate: null };
  const put = (payload: object) => server.app.inject({ method: "PUT", url: "/api/plan", payload });
  const totalHours = [...testCurriculum().topicsById.values()].reduce((sum, topic) => sum + topic.estimatedHours, 0);

  it("has no plan at first, and says how to make one", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/plan" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/no study plan yet.*PUT \/api\/plan/);
    expect((await server.app.inject({ method: "GET", url: "/api/plan/calendar.ics" })).statusCode).toBe(404);
  });

  it("refuses bad settings with a message per field and saves nothing", async () => {
    const cases: [object, RegExp][] = [
      [{ hoursPerWeek: 0 }, /hoursPerWeek.*at least 1 hour/],
      [{ hoursPerWeek: 81 }, /hoursPerWeek.*at most 80 hours/],
      [{ studyDays: [] }, /studyDays.*at least one day/],
      [{ studyDays: [0] }, /studyDays/],
      [{ timeZone: "Mars/Olympus" }, /timeZone.*IANA/],
      [{ startTime: "7pm" }, /startTime.*HH:MM/],
      [{ startDate: addDays(today, -3) }, /startDate: .* is in the past; start today/],
      [{ startDate: addDays(today, 10), targetDate: addDays(today, 5) }, /targetDate.*after the start date/],
    ];
    for (const [change, message] of cases) {
      const response = await put({ ...valid, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().message, JSON.stringify(change)).toMatch(message);
    }
    expect((await server.app.inject({ method: "GET", url: "/api/plan" })).statusCode).toBe(404);
  });

  it("lays the whole roadmap over 6 hours a week and says honestly that it takes longer than 12 months", async () => {
    const response = await put(valid);
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json<PlanResponse>();
    expect(plan.totalHours).toBeCloseTo(totalHours, 5);
    expect(plan.verdict.withinTwelveMonths).toBe(false);
    expect(plan.verdict.message).toMatch(
      new RegExp(
        `At 6 hours a week.*longer than the 6–12 months the roadmap's FAQ gives a focused learner\\. ${plan.verdict.hoursForTwelveMonths} hours a week would fit 12 months`,
      ),
    );
    // Every topic gets a deadline, in an order where prerequisites come first.
    expect(plan.deadlines).toHaveLength(testCurriculum().topicsById.size);
    const due = new Map(plan.deadlines.map((deadline) => [deadline.topicId, deadline.date]));
    for (const topic of testCurriculum().topicsById.values()) {
      for (const prerequisite of topic.prerequisites) {
        expect((due.get(prerequisite) ?? "") <= (due.get(topic.id) ?? ""), `${prerequisite} before ${topic.id}`).toBe(true);
      }
    }
    expect(plan.finishDate).toBe(plan.deadlines.at(-1)?.date);
    expect(plan.status.kind === "on-track" || plan.status.kind === "not-started").toBe(true);
    expect(plan.thisWeek?.topics[0]?.id).toBe(testCurriculum().stages[0]?.topics[0]?.id);
  });

  it("recommends the least weekly hours that really fit 12 months: with them the plan fits, with one less it does not", async () => {
    const { hoursForTwelveMonths } = (await server.app.inject({ method: "GET", url: "/api/plan" })).json<PlanResponse>().verdict;
    const at = async (hoursPerWeek: number) => (await put({ ...valid, hoursPerWeek })).json<PlanResponse>().verdict;
    expect(await at(hoursForTwelveMonths)).toMatchObject({ withinTwelveMonths: true, hoursForTwelveMonths });
    expect((await at(hoursForTwelveMonths)).message).toMatch(/within the 6–12 months/);
    expect((await at(hoursForTwelveMonths - 1)).withinTwelveMonths).toBe(false);
    expect((await put(valid)).statusCode).toBe(200);
  });

  it("exports the plan as an iCalendar file that python3-icalendar reads: one event per block at 19:00 Berlin time, and every deadline", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/plan/calendar.ics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(response.headers["content-disposition"]).toMatch(/stepwise-plan\.ics/);
    expect(response.body.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = readWithIcalendar(response.body);
    expect(calendar.deadlines).toBe(testCurriculum().topicsById.size);
    expect(calendar.first.tz).toBe(zone);
    expect(calendar.first.start).toMatch(/T19:00:00\+0[12]:00$/);
    // 6 h a week over three days: two-hour blocks.
    expect(Date.parse(calendar.first.end) - Date.parse(calendar.first.start)).toBe(2 * 3_600_000);
    expect(calendar.first.summary).toMatch(/^Study: /);
    const plan = (await server.app.inject({ method: "GET", url: "/api/plan" })).json<PlanResponse>();
    const blocks = calendar.events - calendar.deadlines;
    expect(blocks).toBe(Math.ceil((plan.totalHours * 60) / 120));
  });

  it("counts a topic done ahead of the plan, and re-planning starts again from today without it", async () => {
    const first = testCurriculum().stages[0]?.topics[0];
    const second = testCurriculum().stages[0]?.topics[1];
    for (const topic of [first, second])
      await server.app.inject({ method: "PUT", url: `/api/progress/topics/${topic?.id}`, payload: { status: "done" } });
    const plan = (await server.app.inject({ method: "GET", url: "/api/plan" })).json<PlanResponse>();
    expect(plan.replannedAt).toBeNull();
    expect(plan.status).toMatchObject({ kind: "ahead", doneHours: (first?.estimatedHours ?? 0) + (second?.estimatedHours ?? 0) });
    const replanned = await server.app.inject({ method: "POST", url: "/api/plan/replan", payload: {} });
    expect(replanned.statusCode).toBe(200);
    const after = replanned.json<PlanResponse>();
    expect(after.settings.startDate).toBe(today);
    expect(Date.parse(after.replannedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
    expect(after.deadlines.map((deadline) => deadline.topicId)).not.toContain(first?.id);
    expect(after.totalHours).toBeCloseTo(plan.totalHours - (first?.estimatedHours ?? 0) - (second?.estimatedHours ?? 0), 5);
    // Editing a plan under way keeps its start date even once that day is past.
    const edited = await put({ ...after.settings, hoursPerWeek: 10 });
    expect(edited.statusCode).toBe(200);
    // Changing the hours is not a re-plan: the last re-plan's time stays.
    expect(edited.json<PlanResponse>().replannedAt).toBe(after.replannedAt);
  });

  it("counts today's graded run in the streak and the heatmap, in the plan's time zone", async () => {
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "x", result: browserResult("fail", 2) },
    });
    const activity = (await server.app.inject({ method: "GET", url: "/api/activity" })).json<ActivityResponse>();
    expect(activity).toMatchObject({ timeZone: zone, currentStreak: 1, activeDays: 1 });
    expect(activity.days).toHaveLength(365);
    expect(activity.days.at(-1)).toEqual({ date: today, count: 1 });
    const bad = await server.app.inject({ method: "GET", url: "/api/activity?timeZone=Nowhere/Land" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/not a time zone/);
  });

  it("puts late-evening activity on the day it was in the asked time zone, not the server's", async () => {
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "y", result: browserResult("fail", 2) },
    });
    // Both runs at 23:30 UTC yesterday: still yesterday in UTC, already this morning in Tokyo.
    const utcToday = dayInZone(new Date(), "UTC");
    const lateYesterday = new Date(Date.parse(`${utcToday}T00:00:00Z`) - 30 * 60_000);
    await server.app.db.updateTable("exercise_attempts").set({ created_at: lateYesterday.toISOString() }).execute();
    const activityIn = async (timeZone: string) =>
      (await server.app.inject({ method: "GET", url: `/api/activity?timeZone=${timeZone}` })).json<ActivityResponse>();
    const count = (activity: ActivityResponse, date: string) => activity.days.find((day) => day.date === date)?.count;
    const utc = await activityIn("UTC");
    expect(count(utc, addDays(utcToday, -1))).toBe(2);
    expect(count(utc, utcToday)).toBe(0);
    // Nothing today yet, so yesterday's streak is still alive.
    expect(utc).toMatchObject({ timeZone: "UTC", currentStreak: 1, activeDays: 1 });
    const tokyo = await activityIn("Asia/Tokyo");
    expect(count(tokyo, utcToday)).toBe(2);
    expect(count(tokyo, addDays(utcToday, -1))).toBe(0);
  });
});
