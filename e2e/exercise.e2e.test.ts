import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { CONTENT_DIR } from "./server.js";
import { useBrowserSession } from "./session.js";

const SOLUTION = readFileSync(join(CONTENT_DIR, "stages/02-math-foundations/exercises/dot-product/solution.py"), "utf8");
const PYTHON_LOAD_MS = 60_000;
/**
 * A package index that refuses at once (nothing listens on port 9), so that numpy cannot load. The
 * default public index is unreachable here too, but how long that takes to fail depends on DNS.
 */
const UNREACHABLE_INDEX = "http://127.0.0.1:9/pyodide/";

// Loading Python in the browser takes seconds, more on a busy machine.
describe("a learner solving an exercise in the browser", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 }, () => ({ config: { pyodidePackagesUrl: UNREACHABLE_INDEX } }));
  const page = () => session.page;

  const editor = () => page().locator(".cm-content");
  const resultMessage = () => page().locator(".test-results__message");
  const runButton = () => page().getByRole("button", { name: /^▶/ });

  it("opens an exercise from its topic and sees Python load with a progress indicator", async () => {
    await page().goto(session.server.url("/topics/linear-algebra"));
    // A topic with exercises starts Python for them, from its route, while the learner reads.
    await expect.poll(() => page().workers().length).toBe(1);
    await page().getByRole("link", { name: "Implement the dot product" }).click();
    await page().waitForURL(/\/exercises\/dot-product$/);
    expect(await page().evaluate(() => crossOriginIsolated)).toBe(true);
    await expect.poll(() => page().locator(".python-loader").innerText()).toMatch(/Python.*… \d+%/);
    // Python started loading on the topic page already; the indicator shows until it is ready.
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    expect(await editor().innerText()).toContain("raise NotImplementedError");
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("starts no Python on a topic without exercises", async () => {
    const reader = await session.browser.newPage();
    try {
      await reader.goto(session.server.url("/topics/what-is-ai-engineering"), { waitUntil: "networkidle" });
      await expect.poll(() => reader.getByRole("region", { name: "Lesson" }).isVisible()).toBe(true);
      await reader.waitForLoadState("networkidle");
      expect(reader.workers()).toHaveLength(0);
    } finally {
      await reader.close();
    }
  });

  it("runs the starter with Ctrl+Enter and sees every test fail", async () => {
    await editor().click();
    await page().keyboard.press("Control+Enter");
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/0 of \d+ passed/);
    expect(await page().locator(".test-list__item.result--pass").count()).toBe(0);
    expect(await page().locator(".test-list__message").first().innerText()).toMatch(/NotImplementedError/);
  });

  it("pastes the solution, passes, and the topic counts the exercise as solved", async () => {
    await editor().fill(SOLUTION);
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^All \d+ tests passed\.$/);
    await expect.poll(() => page().getByText("✓ Solved").first().isVisible()).toBe(true);
    await page().goto(session.server.url("/topics/linear-algebra"));
    await expect.poll(() => page().locator("#exercises-heading").innerText()).toMatch(/^Practice: 1 of \d+ exercises solved$/);
    await page().goto(session.server.url("/stages/math-foundations"));
    await expect
      .poll(() => page().locator(".topic-list__link", { hasText: "Linear algebra" }).innerText())
      .toMatch(/1\/\d+ exercises/);
  });

  it("keeps the learner's code: reloading shows the last code, not the starter", async () => {
    await page().goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
  });

  it("resets to the starter with an Undo, and Ctrl+Z in the editor also brings the code back", async () => {
    await page().goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    await page().getByRole("button", { name: "Reset to the starter" }).click();
    await expect.poll(() => editor().innerText()).toContain("NotImplementedError");
    await page().getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    expect(await page().getByRole("button", { name: "Undo" }).count()).toBe(0);

    await page().getByRole("button", { name: "Reset to the starter" }).click();
    await expect.poll(() => editor().innerText()).toContain("NotImplementedError");
    await editor().click();
    await page().keyboard.press("Control+z");
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    // What is on screen is what is saved.
    await expect.poll(() => page().locator(".draft-state").innerText(), { timeout: 5000 }).toBe("Code saved");
    await page().reload();
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
  });

  it("keeps the code a reset replaced under Earlier versions, one click from the editor", async () => {
    await page().goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    await page().getByRole("button", { name: "Reset to the starter" }).click();
    await expect.poll(() => page().locator(".draft-state").innerText(), { timeout: 5000 }).toBe("Code saved");
    await page().reload();
    await expect.poll(() => editor().innerText()).toContain("NotImplementedError");
    await page().locator(".draft-versions summary").click();
    const restore = page()
      .getByRole("button", { name: /^Put in the editor the code of/ })
      .first();
    await expect.poll(() => restore.isVisible()).toBe(true);
    expect(await page().locator(".draft-versions__preview").first().innerText()).toContain("def ");
    await restore.click();
    await expect.poll(() => editor().innerText()).toContain("zip(u, v)");
    await expect.poll(() => page().locator(".draft-state").innerText(), { timeout: 5000 }).toBe("Code saved");
  });

  it("runs with Ctrl+Enter from anywhere on the page, not only in the editor", async () => {
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await page().locator("h1").click();
    await page().keyboard.press("Control+Enter");
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^All \d+ tests passed\.$/);
  });

  it("downloads the exercise as a Jupyter notebook holding the learner's code", async () => {
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("link", { name: "Download notebook (.ipynb)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("dot-product.ipynb");
    const notebook = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      nbformat: number;
      cells: { source: string; metadata: { stepwise: { role: string } } }[];
    };
    expect(notebook.nbformat).toBe(4);
    expect(notebook.cells.find((cell) => cell.metadata.stepwise.role === "exercise")?.source).toContain("zip(u, v)");
    expect(notebook.cells.at(-1)?.source).toMatch(/tests passed/);
  });

  it("stops an infinite loop within 2 seconds of pressing Stop, and runs normally afterwards", async () => {
    await page().goto(session.server.url("/exercises/bayes-rule"));
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await editor().fill("def posterior(prior, sensitivity, specificity):\n    while True:\n        pass\n");
    await runButton().click();
    await page().waitForTimeout(500);
    const stopped = Date.now();
    await page().keyboard.press("Escape");
    await expect.poll(() => resultMessage().innerText(), { timeout: 2000 }).toMatch(/Stopped: you pressed Stop/);
    expect(Date.now() - stopped).toBeLessThan(2000);
    await editor().fill("def posterior(prior, sensitivity, specificity):\n    return prior\n");
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/passed/);
  });

  it("runs on the learner's own Python when they choose My Python", async () => {
    await page().goto(session.server.url("/exercises/mean-and-variance"));
    await page().getByLabel("Run on").selectOption("native");
    await editor().fill(
      readFileSync(join(CONTENT_DIR, "stages/02-math-foundations/exercises/mean-and-variance/solution.py"), "utf8"),
    );
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/^All \d+ tests passed\.$/);
    expect(await page().locator(".result-banner__meta").innerText()).toMatch(/on your Python/);
    await page().getByLabel("Run on").selectOption("browser");
  });

  it("says before Run when numpy cannot be loaded in the browser, and switches to My Python in one click", async () => {
    await page().goto(session.server.url("/exercises/power-iteration"));
    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    const notice = page().locator(".callout", { hasText: "could not be loaded" });
    await expect
      .poll(() => notice.innerText(), { timeout: 30_000 })
      .toMatch(/numpy could not be loaded .*STEPWISE_PYODIDE_PACKAGES_URL.*My Python/s);
    await runButton().click();
    await expect
      .poll(() => resultMessage().innerText(), { timeout: 30_000 })
      .toMatch(/numpy could not be loaded .*STEPWISE_PYODIDE_PACKAGES_URL.*My Python/s);
    await notice.getByRole("button", { name: "Run on My Python instead" }).click();
    expect(await page().getByLabel("Run on").inputValue()).toBe("native");
    expect(await notice.count()).toBe(0);
    await page().getByLabel("Run on").selectOption("browser");
  });

  it("reveals hints one at a time and the solution only after an attempt, behind a confirmation", async () => {
    await page().goto(session.server.url("/exercises/matrix-multiply"));
    expect(await page().getByRole("button", { name: "Show the solution" }).isDisabled()).toBe(true);
    await page()
      .getByRole("button", { name: /Show a hint/ })
      .click();
    expect(await page().locator(".hints__list li").count()).toBe(1);
    await page()
      .getByRole("button", { name: /Show the next hint/ })
      .click();
    expect(await page().locator(".hints__list li").count()).toBe(2);

    await expect.poll(() => runButton().isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
    await runButton().click();
    await expect.poll(() => resultMessage().innerText(), { timeout: 20_000 }).toMatch(/passed/);
    await page().getByRole("button", { name: "Show the solution" }).click();
    const dialog = page().getByRole("dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await editor().innerText()).toContain("NotImplementedError");
    await page().getByRole("button", { name: "Show the solution" }).click();
    await dialog.getByRole("button", { name: "Show the solution" }).click();
    await expect.poll(() => editor().innerText()).not.toContain("NotImplementedError");
  });
});
