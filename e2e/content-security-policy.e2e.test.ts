import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "./session.js";

const POLL = { timeout: 20_000 };
const PYTHON = { timeout: 90_000 };

/** Every violation of the page's Content Security Policy, as the browser reports them to the page. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

// Every page kind under the strict policy: Python, the editor, math, charts, the API explorer.
describe("the app under its Content Security Policy", { timeout: 180_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;
  const consoleErrors: string[] = [];

  it("runs Python in the editor to a test result without breaking the policy", async () => {
    await page().addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
    page().on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
    });
    await page().goto(session.server.url("/exercises/dot-product"));
    const run = page().getByRole("button", { name: /^▶/ });
    await expect.poll(() => run.isEnabled(), PYTHON).toBe(true);
    await run.click();
    await expect.poll(() => page().locator(".test-results__message").innerText(), POLL).toMatch(/0 of \d+ passed/);
    expect(await page().locator(".cm-editor .cm-line").count()).toBeGreaterThan(0);
    expect(await violations(page())).toEqual([]);
    // The Python worker's own refusals reach only the console.
    expect(consoleErrors).toEqual([]);
  });

  it("renders math, charts and the roadmap without breaking it", async () => {
    for (const [path, ready] of [
      ["/", ".stage-card, .roadmap"],
      ["/topics/linear-algebra", ".lesson .katex"],
      ["/datasets/penguins", "figure svg"],
    ] as const) {
      await page().goto(session.server.url(path));
      await expect.poll(() => page().locator(ready).count(), POLL).toBeGreaterThan(0);
      expect(await violations(page()), path).toEqual([]);
    }
    // KaTeX positions its glyphs with style attributes: they are applied, not blocked.
    await page().goto(session.server.url("/topics/linear-algebra"));
    await expect.poll(() => page().locator(".lesson .katex").count(), POLL).toBeGreaterThan(0);
    const styled = await page().evaluate(() => {
      const element = document.querySelector(".lesson .katex [style]") as HTMLElement | null;
      return element ? element.style.cssText : null;
    });
    expect(styled).not.toBeNull();
    expect(await violations(page())).toEqual([]);
  });

  it("opens the API explorer without breaking it", async () => {
    await page().goto(session.server.url("/api/docs"));
    await expect.poll(() => page().locator(".swagger-ui .info .title").count(), POLL).toBe(1);
    expect(await violations(page())).toEqual([]);
  });

  it("blocks a script injected into a page, and says so", async () => {
    await page().goto(session.server.url("/"));
    await page().evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="data:," onerror="window.injected = 1">');
      const script = document.createElement("script");
      script.textContent = "window.injected = 2";
      document.body.append(script);
    });
    await expect.poll(async () => (await violations(page())).length, POLL).toBeGreaterThanOrEqual(2);
    expect(await page().evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(consoleErrors.some((text) => /Content Security Policy/.test(text))).toBe(true);
  });
});
