import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExerciseResponse } from "../src/shared/api/index.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { CONTENT_DIR } from "./server.js";
import { useBrowserSession } from "./session.js";

const EXERCISE = "stages/02-math-foundations/exercises/dot-product";
const SOLUTION = readFileSync(join(CONTENT_DIR, EXERCISE, "solution.py"), "utf8");
/** Another correct answer, written "from memory" in the review, so it cannot be mistaken for the saved solution. */
const FROM_MEMORY = [
  "def dot(u, v):",
  "    # from memory",
  "    if len(u) != len(v):",
  '        raise ValueError("lengths differ")',
  "    total = 0",
  "    for i in range(len(u)):",
  "        total += u[i] * v[i]",
  "    return total",
  "",
].join("\n");
const PYTHON_LOAD_MS = 60_000;

// Loading Python in the browser takes seconds, more on a busy machine.
describe("a learner reviewing a solved exercise", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 });
  const page = () => session.page;
  const editor = () => page().locator(".cm-content");
  const runButton = () => page().getByRole("button", { name: /^▶/ });
  const resultMessage = () => page().locator(".test-results__message");
  const exercise = async () => (await session.server.app.inject({ url: "/api/exercises/dot-product" })).json<ExerciseResponse>();

  it("solves the exercise on its page, and its code is saved", async () => {
    await page().goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await editor().fill(SOLUTION);
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^All \d+ tests passed\.$/);
    await expect.poll(() => page().locator(".draft-state").innerText(), { timeout: 5000 }).toBe("Code saved");
  });

  it("finds it due, sees the task and a fresh editor on the starter, and the tests fail on the starter", async () => {
    // Let time pass: the exercise falls due.
    await session.server.app.db.updateTable("review_cards").set({ due: "2000-01-01T00:00:00.000Z" }).execute();
    await page().goto(session.server.url("/review"));
    const card = page().locator(".review-card");
    // The card's own heading; the task below it has headings of its own.
    await expect.poll(() => card.locator("h2").first().innerText()).toBe("Implement the dot product");
    await expect.poll(() => card.getByRole("region", { name: "Task" }).innerText()).toMatch(/dot product/i);
    await expect.poll(() => editor().innerText()).toContain('raise NotImplementedError("multiply matching entries');
    expect(await editor().innerText()).not.toContain("zip(u, v)");
    // No rating before a run: the card asks for the exercise to be solved first.
    expect(await card.getByRole("button", { name: /^Good/ }).count()).toBe(0);
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^0 of \d+ passed/);
    // A failed recall suggests "Again".
    expect(await card.getByRole("button", { name: /^Again/ }).getAttribute("class")).toContain("button--primary");
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(session.server.url("/review"));
      await expect.poll(() => other.locator(".cm-content").innerText()).toContain("NotImplementedError");
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
      // In dark mode and on a phone (where the task and the editor stack) nothing spills sideways.
      expect(await other.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  });

  it("re-solves it from memory with Ctrl+Enter, rates it, and the queue empties", async () => {
    await editor().fill(FROM_MEMORY);
    await editor().click();
    await page().keyboard.press("Control+Enter");
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^All \d+ tests passed\.$/);
    const good = page().getByRole("button", { name: /^Good/ });
    expect(await good.getAttribute("class")).toContain("button--primary");
    await good.click();
    await expect.poll(() => page().locator(".empty-state h2").innerText()).toMatch(/Nothing is due — well done/);
  });

  it("keeps the solution saved on the exercise page; the review runs count as attempts", async () => {
    const saved = await exercise();
    expect(saved.draft?.code).toBe(SOLUTION);
    expect(saved.attempts.count).toBe(3);
    await page().goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    expect(await editor().innerText()).not.toContain("# from memory");
  });
});
