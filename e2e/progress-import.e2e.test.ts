import { describe, expect, it } from "vitest";
import type { ProgressResponse } from "../src/shared/api/index.js";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

describe("importing progress in the browser", { timeout: 60_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const topics = async () =>
    (await session.server.app.inject({ method: "GET", url: "/api/progress" })).json<ProgressResponse>().topics;

  it("shows what a replace would change and asks; after it, the backup restores what was there", async () => {
    await session.server.app.inject({ method: "PUT", url: "/api/progress/topics/calculus", payload: { status: "done" } });
    await session.server.app.inject({ method: "PUT", url: "/api/notes/topics/calculus", payload: { text: "chain rule twice" } });
    await page().goto(session.server.url("/progress"));
    const file = {
      format: "stepwise-progress",
      version: 1,
      exportedAt: "2026-12-01T00:00:00.000Z",
      topics: { "python-basics": { status: "skipped" } },
    };
    await page()
      .getByLabel("Progress file to import")
      .setInputFiles({ name: "other-laptop.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });

    const dialog = page().getByRole("dialog", { name: "Import other-laptop.json?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator(".import-changes").innerText()).toMatch(
      /Statuses: 1 added, 0 changed, 1 removed, 0 unchanged\s+Notes: 0 added, 0 changed, 1 removed, 0 unchanged/,
    );
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    // Nothing changes until the learner agrees.
    expect((await topics()).calculus).toBe("done");
    await dialog.getByRole("button", { name: "Replace my progress" }).click();
    await expect
      .poll(() =>
        page()
          .getByText(/Imported 1 status and 0 notes \(replace\)/)
          .count(),
      )
      .toBe(1);
    expect(await topics()).toMatchObject({ calculus: "todo", "python-basics": "skipped" });

    await page().locator(".progress-backups summary").click();
    await page()
      .getByRole("button", { name: /^Restore the backup of/ })
      .first()
      .click();
    await page().getByRole("dialog", { name: "Restore this backup?" }).getByRole("button", { name: "Restore" }).click();
    await expect
      .poll(() =>
        page()
          .getByText(/^Restored\./)
          .count(),
      )
      .toBe(1);
    expect(await topics()).toMatchObject({ calculus: "done", "python-basics": "todo" });
  });
});
