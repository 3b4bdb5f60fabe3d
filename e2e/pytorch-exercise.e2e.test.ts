import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

// PyTorch has no browser build: its exercises run on the learner's own Python, the server's sandbox, or not at all.
const EXERCISE = "/exercises/sgd-momentum-step";

describe("a PyTorch exercise where the server runs the learner's Python", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 });
  const page = () => session.page;

  it("offers only My Python and grades the starter there, with torch", async () => {
    await page().goto(session.server.url(EXERCISE));
    const runOn = page().getByLabel("Run on");
    await expect.poll(() => runOn.inputValue()).toBe("native");
    expect(await runOn.locator("option[value=browser]").isDisabled()).toBe(true);
    expect(await runOn.locator("option[value=browser]").innerText()).toMatch(/not for PyTorch/);
    expect(await page().locator(".python-loader").count()).toBe(0); // no Pyodide download for nothing
    await page().getByRole("button", { name: /^▶/ }).click();
    // The starter raises NotImplementedError: graded on the server's Python, where torch imports.
    const message = page().locator(".test-results__message");
    await expect.poll(() => message.innerText(), { timeout: 90_000 }).toMatch(/\d+ of \d+ tests? (failed|passed)|error/i);
    expect(await page().locator(".result-banner__meta").innerText()).toMatch(/on your Python/);
    expect(await page().locator(".test-results").innerText()).toMatch(/NotImplementedError/);
  });
});

describe("a PyTorch exercise where the server does not run Python", { timeout: 60_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 }, () => ({
    config: { serverPython: { enabled: false, reason: "STEPWISE_RUN_PYTHON=off" } },
  }));
  const page = () => session.page;

  it("says how to solve it on your own machine instead of a Run button that cannot work", async () => {
    await page().goto(session.server.url(EXERCISE));
    const notice = page().getByRole("region", { name: "This exercise needs PyTorch on your own Python" });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    // The server's reason, from the same settings that decided the notice.
    expect(text).toMatch(/pip install torch/);
    expect(text).toMatch(/npx stepwise exercise download sgd-momentum-step/);
    expect(text).toMatch(/npx stepwise test sgd-momentum-step/);
    expect(text).toMatch(/STEPWISE_RUN_PYTHON=off/);
    expect(await page().getByRole("button", { name: /^▶/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });
});

describe("a PyTorch exercise on a shared Stepwise that grades in its sandbox", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 }, () => ({
    multiUser: true,
    env: { STEPWISE_SANDBOX: "on" },
  }));
  const page = () => session.page;

  it("runs it in the server's sandbox, with torch, and shows the attempt verifying, then verified", async () => {
    await page().goto(session.server.url(`/sign-up?next=${encodeURIComponent(EXERCISE)}`));
    await page().getByLabel("Your name").fill("Sandra");
    await page().getByLabel("Email").fill("sandra@example.org");
    await page().getByLabel("Password").fill("a long enough password");
    await page().getByRole("button", { name: "Create account" }).click();
    await page().waitForURL((url) => url.pathname === EXERCISE, { timeout: 20_000 });
    const runOn = page().getByLabel("Run on");
    await expect.poll(() => runOn.inputValue(), { timeout: 20_000 }).toBe("sandbox");
    expect(await runOn.locator("option[value=native]").isDisabled()).toBe(true);
    await page().getByRole("button", { name: /^▶/ }).click();
    const message = page().locator(".test-results__message");
    await expect.poll(() => message.innerText(), { timeout: 90_000 }).toMatch(/\d+ of \d+ tests? (failed|passed)|error/i);
    expect(await page().locator(".result-banner__meta").innerText()).toMatch(/in the server's sandbox/);
    // torch imported inside: the starter's own NotImplementedError is what stopped it.
    expect(await page().locator(".test-results").innerText()).toMatch(/NotImplementedError/);
    // A grading worker (this app's own, on SQLite) ran it and said so on the page.
    expect(await page().locator(".verification-status").innerText()).toMatch(/Verified: did not pass on Stepwise's sandbox/);
    const attempts = await session.server.app.db
      .selectFrom("exercise_attempts")
      .select(["runtime", "self_reported", "verification"])
      .execute();
    expect(attempts).toEqual([{ runtime: "sandbox", self_reported: 0, verification: "verified" }]);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });
});
