import { describe, expect, it } from "vitest";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { browserResult } from "../src/server/test-support/browser-results.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const PYTHON_LOAD_MS = 60_000;

// Loading Python in the browser takes seconds, more on a busy machine.
describe("readiness and 'continue' follow the learner's work", { timeout: 120_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const url = (path: string) => session.server.url(path);
  const continueLink = () => page().locator("header .continue-link");
  const python1 = () => page().locator(".readiness-item", { has: page().locator("#readiness-python-1") });

  it("starts a new learner at the first topic and claims no readiness", async () => {
    const first = testCurriculum().stages[0]?.topics[0];
    await page().goto(url("/"));
    await expect.poll(() => page().locator(".next-steps__link").first().innerText()).toBe(first?.title);
    expect(await page().locator(".next-steps__readiness").innerText()).toMatch(/does not show any of the 5 essential skills yet/);
    expect(await continueLink().getAttribute("href")).toBe(`/topics/${first?.id}`);

    await page().getByRole("link", { name: "See the checklist" }).click();
    await page().waitForURL(/\/readiness$/);
    await expect.poll(() => page().locator("h1").innerText()).toBe("Are you ready?");
    expect(await page().locator(".readiness-item .readiness-status").allInnerTexts()).not.toContain("✓ Shown");
    const nextStep = page().locator("main p", { hasText: "Next step:" }).getByRole("link");
    expect(await nextStep.getAttribute("href")).toBe("/exercises/parse-csv-line");
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(url("/readiness"));
      await expect.poll(() => other.locator(".readiness-item").count()).toBeGreaterThan(30);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
    });
  });

  it("after one more exercise is solved in the browser, 'continue' moves on and readiness counts it", async () => {
    for (const id of ["word-frequencies", "group-by-key", "unique-in-order"]) {
      const response = await session.server.app.inject({
        method: "POST",
        url: `/api/exercises/${id}/attempts`,
        payload: { runtime: "browser", code: "# solved", result: browserResult("pass", 3) },
      });
      expect(response.statusCode).toBe(200);
    }
    await page().goto(url("/exercises/parse-csv-line"));
    const runButton = page().getByRole("button", { name: /^▶/ });
    await expect.poll(() => runButton.isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await runButton.click();
    await expect.poll(() => page().locator(".test-results__message").innerText(), { timeout: 20_000 }).toMatch(/0 of \d+ passed/);
    // The failed run makes it the thing to continue with, from anywhere.
    await expect.poll(() => continueLink().getAttribute("href")).toBe("/exercises/parse-csv-line");

    await page().goto(url("/readiness"));
    await expect
      .poll(() => python1().locator(".readiness-req").first().innerText())
      .toMatch(/Solve these 4 exercises: 3 solved\./);

    await page().goto(url("/exercises/parse-csv-line"));
    await expect.poll(() => runButton.isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await page()
      .locator(".cm-content")
      .fill(testCurriculum().exercisesById.get("parse-csv-line")?.solution ?? "");
    await runButton.click();
    await expect
      .poll(() => page().locator(".test-results__message").innerText(), { timeout: 20_000 })
      .toMatch(/^All \d+ tests passed\.$/);
    await expect.poll(() => continueLink().getAttribute("href")).not.toBe("/exercises/parse-csv-line");
    // The topic's last exercise: the page says so and offers what comes next.
    const finished = page().locator(".callout", { hasText: "You solved all 4 exercises in" });
    await expect.poll(() => finished.count()).toBe(1);
    expect(await finished.getByRole("link").getAttribute("href")).toBe(await continueLink().getAttribute("href"));

    await continueLink().click();
    await page().goto(url("/readiness"));
    const exercises = python1().locator(".readiness-req").first();
    await expect.poll(() => exercises.innerText()).toMatch(/Solve these 4 exercises: 4 solved\./);
    expect(
      await exercises.getByRole("link", { name: testCurriculum().exercisesById.get("parse-csv-line")?.title ?? "" }).count(),
    ).toBe(1);
    // The quiz is still missing, so the outcome is under way, not shown.
    expect(await python1().locator(".readiness-status").innerText()).toMatch(/Under way/);
    await page().goto(url("/"));
    await expect
      .poll(() => page().locator(".next-steps__readiness").innerText())
      .toMatch(/shows 0 of 5 essential skills and 0 of \d+ stage outcomes \(\d+ more under way\)/);
  });
});
