import { describe, expect, it } from "vitest";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

describe("a learner answering a quiz and reviewing it later", { timeout: 60_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;

  const question = () => {
    const found = testCurriculum()
      .quizzesByTopic.get("calculus")
      ?.questions.find((item) => item.type === "single");
    if (!found || found.type !== "single") throw new Error("test setup: calculus has no single-choice question");
    return found;
  };

  it("answers a question wrong, tries again without being shown the answer, and gets it right; the answer is there on request", async () => {
    await page().goto(session.server.url("/topics/calculus"));
    const card = page()
      .locator(".quiz-question")
      .filter({ has: page().locator(`input[name="question-${question().id}"]`) });
    await card.waitFor();
    const wrong = question().choices.findIndex((choice) => !choice.correct);
    const right = question().choices.findIndex((choice) => choice.correct);
    await card.locator("input").nth(wrong).check();
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => card.locator(".quiz-feedback__verdict").innerText()).toMatch(/Not quite/);
    // The right answer stays hidden, so the retry is a real one.
    expect(await card.locator(".quiz-choice--right").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await card.getByRole("button", { name: "Try again" }).click();
    await card.locator("input").nth(wrong).check();
    await card.getByRole("button", { name: "Check answer" }).click();
    await card.getByRole("button", { name: "Show the answer" }).click();
    expect(await card.locator(".quiz-choice--right").count()).toBe(1);
    expect((await card.locator(".quiz-feedback").innerText()).length).toBeGreaterThan(60);
    await card.getByRole("button", { name: "Try again" }).click();
    await card.locator("input").nth(right).check();
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => card.locator(".quiz-feedback__verdict").innerText()).toMatch(/Correct/);
    expect(await card.locator(".quiz-choice--right").count()).toBe(1);
  });

  it("sees the answered question come due, recalls it, grades it, and the queue empties", async () => {
    // Let time pass: everything in the queue falls due.
    await session.server.app.db.updateTable("review_cards").set({ due: "2000-01-01T00:00:00.000Z" }).execute();
    await page().goto(session.server.url("/"));
    await expect.poll(() => page().locator(".header__nav .count-badge").innerText()).toBe("1");
    await page()
      .getByRole("link", { name: /^Review/ })
      .click();
    await page().waitForURL(/\/review$/);
    await expect.poll(() => page().getByRole("status").first().innerText()).toMatch(/1 due now/);
    await page().getByRole("button", { name: "Show the answer" }).click();
    expect(await page().locator(".review-answer .quiz-choice--right").count()).toBe(1);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await page().getByRole("button", { name: /^Good/ }).click();
    await expect.poll(() => page().locator(".empty-state h2").innerText()).toMatch(/Nothing is due — well done/);
    await expect.poll(() => page().locator(".header__nav .count-badge").count()).toBe(0);
  });
});
