import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PlanResponse } from "../src/shared/api/index.js";
import { dayInZone } from "../src/shared/plan/calendar-date.js";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { readWithIcalendar } from "../src/server/test-support/read-icalendar.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

describe("a learner planning their study", { timeout: 60_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const planSettings = async () =>
    (await session.server.app.inject({ method: "GET", url: "/api/plan" })).json<{ settings: Record<string, unknown> }>().settings;
  const totalHours = [...testCurriculum().topicsById.values()].reduce((sum, topic) => sum + topic.estimatedHours, 0);

  it("sets 6 hours a week and gets an honest finish date, this week's goals and a streak", async () => {
    await page().goto(session.server.url("/"));
    await page().getByRole("link", { name: "Plan", exact: true }).click();
    await page().waitForURL(/\/plan$/);
    await expect.poll(() => page().locator("h1").innerText()).toBe("Study plan");
    await page().getByLabel("Hours per week").fill("6");
    await page().getByLabel("Time zone").selectOption("Europe/Berlin");
    await page().getByRole("checkbox", { name: "Saturday" }).check();
    await page().getByRole("button", { name: "Make my plan" }).click();

    const verdict = page().locator(".plan-verdict .callout");
    await expect.poll(() => verdict.innerText()).toMatch(/At 6 hours a week/);
    const text = await verdict.innerText();
    // 6 h over four days a week is far more than 12 months for the whole roadmap: the page says so, and what would fit.
    expect(text).toContain(`the ${totalHours} hours left`);
    expect(text).toMatch(
      /longer than the 6–12 months the roadmap's FAQ gives a focused learner\. \d+ hours a week would fit 12 months\./,
    );
    // The page shows the server's numbers: its finish date, and the weekly hours that really fit 12 months.
    const saved = (await session.server.app.inject({ method: "GET", url: "/api/plan" })).json<PlanResponse>();
    expect(await page().locator("#plan-finish-heading").innerText()).toBe(`Finish: ${saved.finishDate}`);
    expect(text).toContain(`${saved.verdict.hoursForTwelveMonths} hours a week would fit 12 months.`);
    expect(saved.verdict.hoursForTwelveMonths).toBeGreaterThan(6);
    const firstTopic = testCurriculum().stages[0]?.topics[0]?.title ?? "";
    expect(await page().locator(".plan-goals").first().innerText()).toContain(firstTopic);
    expect(await page().locator(".activity").innerText()).toMatch(/0 days current streak/);
    expect(await page().locator(".activity").innerText()).toMatch(/No activity yet: run an exercise’s tests/);
    // The year can be read as a table too: a row per month, this one last.
    await page().getByText("Activity by month").click();
    const months = page().locator(".activity__months tbody tr");
    expect(await months.count()).toBeGreaterThanOrEqual(12);
    expect(await months.last().innerText()).toMatch(
      new RegExp(`^${dayInZone(new Date(), "Europe/Berlin").slice(0, 7)}\\s+0\\s+0$`),
    );
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(session.server.url("/plan"));
      await expect.poll(() => other.locator(".plan-verdict").count()).toBe(1);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
    });
  });

  it("downloads the calendar, which python3-icalendar reads: study blocks in Berlin time and every topic deadline", async () => {
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("link", { name: "Download calendar (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("stepwise-plan.ics");
    const path = await download.path();
    const calendar = readWithIcalendar(readFileSync(path, "utf8"));
    expect(calendar.deadlines).toBe(testCurriculum().topicsById.size);
    expect(calendar.first.tz).toBe("Europe/Berlin");
    expect(calendar.first.start).toMatch(/T19:00:00\+0[12]:00$/);
    // 6 hours over four days: 90-minute sessions.
    expect(Date.parse(calendar.first.end) - Date.parse(calendar.first.start)).toBe(90 * 60_000);
    expect(
      await page()
        .getByLabel(/Or subscribe/)
        .inputValue(),
    ).toBe(session.server.url("/api/plan/calendar.ics"));
    // Plain http from another host has no clipboard API: the button says to copy by hand instead of failing silently.
    await page().evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
    await page().getByRole("button", { name: /^Copy/ }).click();
    await expect.poll(() => page().locator(".copy-button__failed").innerText()).toMatch(/select the text and copy it/);
  });

  it("refuses 90 hours a week with the server's message and keeps the saved plan", async () => {
    await page().getByLabel("Hours per week").fill("90");
    await page().getByRole("button", { name: "Update the plan" }).click();
    // The browser's own range check stops the form first; either way nothing changes.
    expect(
      await page()
        .getByLabel("Hours per week")
        .evaluate((input: HTMLInputElement) => input.validity.rangeOverflow),
    ).toBe(true);
    const response = await session.server.app.inject({
      method: "PUT",
      url: "/api/plan",
      payload: { ...(await planSettings()), hoursPerWeek: 90 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/at most 80 hours/);
    expect((await planSettings()).hoursPerWeek).toBe(6);
  });

  it("re-plans from today on request, and says when it last did after a reload", async () => {
    const today = dayInZone(new Date(), "Europe/Berlin");
    await page().getByRole("button", { name: "Re-plan from today" }).click();
    await expect.poll(() => page().getByRole("status").first().innerText()).toContain(`Re-planned from ${today}.`);
    await page().reload();
    await expect.poll(() => page().locator(".plan-verdict").innerText()).toContain(`Last re-planned on ${today}.`);
    expect((await planSettings()).startDate).toBe(today);
  });
});
