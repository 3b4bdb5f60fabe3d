import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, createTestDatabase } from "../src/server/test-support/test-dialects.js";
import { startStepwise, type RunningStepwise } from "../src/cli/test-support/run-stepwise.js";
import { launchChromium, seriousAccessibilityViolations } from "./browser.js";
import { CONTENT_DIR, startE2eServer, type E2eServer } from "./server.js";
import { freePort } from "../src/server/test-support/free-port.js";

const SOLUTION = readFileSync(join(CONTENT_DIR, "stages/02-math-foundations/exercises/dot-product/solution.py"), "utf8");
const NUMPY_EXERCISE = "numpy-standardize-columns";
const NUMPY_SOLUTION = readFileSync(join(CONTENT_DIR, `stages/03-python/exercises/${NUMPY_EXERCISE}/solution.py`), "utf8");
const SANDBOX_PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";

// Several app instances and workers share PostgreSQL's queue; SQLite has one instance (sandbox-grading.test.ts).
describe.each(DIALECTS.filter((dialect) => dialect === "postgres"))(
  "two app instances and two grading workers on one %s",
  { timeout: 180_000 },
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    const instances: E2eServer[] = [];
    const workers: RunningStepwise[] = [];
    const scratch = mkdtempSync(join(tmpdir(), "stepwise-workers-"));
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      database = await createTestDatabase();
      const env = {
        DATABASE_URL: database.url,
        STEPWISE_SANDBOX: "on",
        STEPWISE_SANDBOX_PYTHON: SANDBOX_PYTHON,
        // The apps only queue: the two workers grade.
        STEPWISE_APP_WORKER: "off",
      };
      // One after the other: the first migrates the new database.
      for (let index = 0; index < 2; index += 1) {
        const port = await freePort();
        instances.push(await startE2eServer({ multiUser: true, port, env }));
      }
      for (let index = 0; index < 2; index += 1)
        workers.push(startStepwise(scratch, { DATABASE_URL: database.url, STEPWISE_SANDBOX_PYTHON: SANDBOX_PYTHON }, "worker"));
      browser = await launchChromium();
      page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((worker) => worker.exited));
      for (const instance of instances) await instance.stop();
      await database?.drop();
      rmSync(scratch, { recursive: true, force: true });
    });

    it("signs in on one instance, solves an exercise on the other and sees it verified by a worker", async () => {
      const [first, second] = instances as [E2eServer, E2eServer];
      await page.goto(first.url("/sign-up"));
      await page.getByLabel("Your name").fill("Ada");
      await page.getByLabel("Email").fill("ada@example.org");
      await page.getByLabel("Password").fill("a long enough password");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"), { timeout: 20_000 });

      // The session lives in PostgreSQL, so the other instance knows it (the cookie's host is the same).
      await page.goto(second.url("/exercises/dot-product"));
      const runButton = page.getByRole("button", { name: /^▶/ });
      await expect.poll(() => runButton.isEnabled(), { timeout: 60_000 }).toBe(true);
      await page.locator(".cm-content").fill(SOLUTION);
      await runButton.click();
      const verification = page.locator(".verification-status");
      await expect.poll(() => verification.innerText(), { timeout: 20_000 }).toMatch(/Verifying on Stepwise's sandbox|Verified/);
      await expect.poll(() => verification.innerText(), { timeout: 60_000 }).toMatch(/Verified: passed on Stepwise's sandbox/);
      await expect.poll(() => page.getByText("✓ Solved").first().isVisible()).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const graded = workers.filter((worker) => /verified attempt/.test(worker.stderr()));
      expect(graded).toHaveLength(1);
      const attempts = await first.app.db.selectFrom("exercise_attempts").select(["verification", "status", "runtime"]).execute();
      expect(attempts).toEqual([{ verification: "verified", status: "pass", runtime: "sandbox" }]);
    });

    it("shows the administrator both workers alive and nothing waiting, on either instance", async () => {
      const [first] = instances as [E2eServer, E2eServer];
      await page.goto(first.url("/admin"));
      const section = page.locator("section", { has: page.getByRole("heading", { name: "Grading" }) });
      await expect.poll(() => section.locator("tbody tr").count(), { timeout: 30_000 }).toBe(2);
      expect(await section.locator("tbody").innerText()).toMatch(/worker[\s\S]*✓ alive[\s\S]*worker[\s\S]*✓ alive/);
      expect(await section.locator(".split-stats").innerText()).toMatch(/Waiting\s+0[\s\S]*Verified in the last hour\s+1/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("grades an exercise whose packages the browser cannot load in the sandbox, without the learner asking", async () => {
      const [, second] = instances as [E2eServer, E2eServer];
      // This machine cannot reach the Pyodide package index, as a locked-down school network could not.
      await page.goto(second.url(`/exercises/${NUMPY_EXERCISE}`));
      const notice = page.locator(".callout", { hasText: "This browser cannot load numpy" });
      await expect.poll(() => notice.isVisible(), { timeout: 90_000 }).toBe(true);
      expect(await notice.innerText()).toMatch(/grades this exercise on Stepwise's server in a sandbox/);
      const runButton = page.getByRole("button", { name: /^▶/ });
      await expect.poll(() => runButton.isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.locator(".cm-content").fill(NUMPY_SOLUTION);
      await runButton.click();
      const verification = page.locator(".verification-status");
      await expect.poll(() => verification.innerText(), { timeout: 90_000 }).toMatch(/Verified: passed on Stepwise's sandbox/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      const attempts = await second.app.db
        .selectFrom("exercise_attempts")
        .select(["verification", "status", "runtime"])
        .where("exercise_id", "=", NUMPY_EXERCISE)
        .execute();
      expect(attempts).toEqual([{ verification: "verified", status: "pass", runtime: "sandbox" }]);
    });
  },
);
