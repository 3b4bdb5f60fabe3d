import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ModelResponse, ProgressResponse } from "../src/shared/api/index.js";
import { writeOnnxFixtures } from "../src/core/test-support/onnx-fixtures.js";
import { browserResult } from "../src/server/test-support/browser-results.js";
import { seriousAccessibilityViolations } from "./browser.js";
import { startE2eServer, type E2eServer } from "./server.js";
import { useBrowserSession } from "./session.js";

describe("moving progress between machines in the browser", { timeout: 90_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const work = mkdtempSync(join(tmpdir(), "stepwise-e2e-export-"));
  const fixtures = writeOnnxFixtures();
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(fixtures.dir, { recursive: true, force: true });
  });
  const topics = async (server: E2eServer) =>
    (await server.app.inject({ method: "GET", url: "/api/progress" })).json<ProgressResponse>().topics;
  const importFile = (name: string, mimeType: string, buffer: Buffer) =>
    page().getByLabel("Export file to import").setInputFiles({ name, mimeType, buffer });

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
    await importFile("other-laptop.json", "application/json", Buffer.from(JSON.stringify(file)));

    const dialog = page().getByRole("dialog", { name: "Import other-laptop.json?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator(".import-changes").innerText()).toMatch(
      /topic statuses: 1 to add, 1 to remove\s+notes: 1 to remove/,
    );
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    // Nothing changes until the learner agrees.
    expect((await topics(session.server)).calculus).toBe("done");
    await dialog.getByRole("button", { name: "Replace" }).click();
    await expect
      .poll(() =>
        page()
          .getByText(/Imported \(replace\): topic statuses: 1 added, 1 removed; notes: 1 removed\./)
          .count(),
      )
      .toBe(1);
    expect(await topics(session.server)).toMatchObject({ calculus: "todo", "python-basics": "skipped" });

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
    expect(await topics(session.server)).toMatchObject({ calculus: "done", "python-basics": "todo" });
  });

  it("exports everything with model files from one Stepwise and imports it into a fresh one", async () => {
    const app = session.server.app;
    await app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "def dot(a, b):\n    return 42\n", result: browserResult("pass", 3) },
    });
    await app.inject({ method: "PUT", url: "/api/exercises/dot-product/draft", payload: { code: "# my draft\n" } });
    await app.inject({
      method: "POST",
      url: "/api/models/iris-classifier/versions",
      headers: { "content-type": "application/octet-stream" },
      payload: fixtures.read("classifier"),
    });
    await page().goto(session.server.url("/progress"));
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("link", { name: "Export with model files (zip)" }).click(),
    ]);
    const path = join(work, download.suggestedFilename());
    await download.saveAs(path);
    expect(path).toMatch(/stepwise-progress-\d{4}-\d\d-\d\d\.zip$/);

    const fresh = await startE2eServer();
    try {
      await page().goto(fresh.url("/progress"));
      await importFile("stepwise-progress.zip", "application/zip", readFileSync(path));
      const dialog = page().getByRole("dialog", { name: "Import stepwise-progress.zip?" });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.locator(".import-changes").innerText()).toMatch(/exercise attempts: 1 to add[\s\S]*models: 1 to add/);
      await dialog.getByRole("button", { name: "Replace" }).click();
      await expect
        .poll(() =>
          page()
            .getByText(/^Imported \(replace\):/)
            .count(),
        )
        .toBe(1);

      expect((await topics(fresh)).calculus).toBe("done");
      const model = (await fresh.app.inject({ method: "GET", url: "/api/models/iris-classifier" })).json<ModelResponse>();
      expect(model.versions.map((version) => version.version)).toEqual([1]);
      await page().goto(fresh.url("/exercises/dot-product"));
      await expect.poll(() => page().locator(".cm-content").innerText()).toMatch(/# my draft/);
    } finally {
      await fresh.stop();
    }
  });
});
