import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import type { Download } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { browserResult } from "../src/server/test-support/browser-results.js";
import { firstColumn, rawCsv } from "../src/server/test-support/shipped-csv.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const { validate: validateResume } = createRequire(import.meta.url)("@jsonresume/schema") as {
  validate: (resume: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};

describe("a learner building a portfolio from their work", { timeout: 90_000 }, () => {
  const session = useBrowserSession({ width: 1400, height: 1000 });
  const page = () => session.page;
  const work = mkdtempSync(join(tmpdir(), "stepwise-portfolio-e2e-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const editor = () => page().getByLabel("Write-up (Markdown)");
  const downloadFrom = async (name: string): Promise<Download> => {
    const [download] = await Promise.all([page().waitForEvent("download"), page().getByRole("link", { name }).click()]);
    return download;
  };

  it("opens the portfolio and sees a write-up drafted from their real scores", async () => {
    const inject = session.server.app.inject.bind(session.server.app);
    for (const id of ["naive-forecast-metrics", "lag-moving-average-features"]) {
      await inject({
        method: "POST",
        url: `/api/exercises/${id}/attempts`,
        payload: { runtime: "browser", code: "# mine", result: browserResult("pass", 3) },
      });
    }
    const dates = new Set(
      firstColumn((await inject({ method: "GET", url: "/api/projects/sp500-forecast/files/test.csv" })).body),
    );
    const perfect = [
      "date,close",
      ...rawCsv("sp500")
        .filter((row) => dates.has(row.date as string))
        .map((row) => `${row.date},${row.close}`),
    ].join("\n");
    const sample = (await inject({ method: "GET", url: "/api/projects/sp500-forecast/files/sample_submission.csv" })).body;
    for (const [csv, description] of [
      [sample, "The naive forecast first"],
      [perfect, "Every close, to check the scorer"],
    ] as const) {
      const response = await inject({
        method: "POST",
        url: `/api/projects/sp500-forecast/submissions?fileName=p.csv&description=${encodeURIComponent(description)}`,
        headers: { "content-type": "text/csv" },
        payload: csv,
      });
      expect(response.statusCode).toBe(201);
    }

    await page().goto(session.server.url("/"));
    await page().getByRole("link", { name: "Portfolio", exact: true }).click();
    await page().waitForURL(/\/portfolio$/);
    await expect.poll(() => page().getByRole("heading", { name: "Forecast the S&P 500", level: 2 }).count()).toBe(1);
    const preview = page().getByRole("region", { name: "Preview" });
    expect(await preview.innerText()).toMatch(/Best public score\s+0/);
    expect(await preview.innerText()).toContain("Rank 1 of 1 on the public leaderboard.");
    expect(await preview.innerText()).toContain("The naive forecast first");
    expect(
      await page()
        .locator(".write-up__chart img")
        .evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).toBeGreaterThan(0);
    expect(await page().locator("#skills-heading + p + ul").innerText()).toMatch(/2 of \d+ Python exercises solved/);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("edits the write-up, which saves itself and survives a reload; a re-draft asks before replacing it", async () => {
    const text = `${await editor().inputValue()}\nWhat I learned: the crash of March 2020 breaks every lag model.\n`;
    await editor().fill(text);
    await expect.poll(() => page().locator(".write-up [role=status]").first().innerText(), { timeout: 5000 }).toMatch(/^Saved/);
    expect(await page().getByRole("region", { name: "Preview" }).innerText()).toContain("What I learned");
    await page().reload();
    await expect.poll(() => editor().inputValue()).toBe(text);
    expect(await page().locator(".write-up .muted").first().innerText()).toMatch(/edited by you/);

    await page().getByRole("button", { name: "Re-draft from my data" }).click();
    const dialog = page().getByRole("dialog", { name: "Replace your edits?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await editor().inputValue()).toBe(text);
    await page().getByRole("checkbox", { name: "Feature this project" }).check();
    await expect
      .poll(() =>
        page()
          .getByText(/1 of 3–5 projects featured/)
          .count(),
      )
      .toBe(1);
  });

  it("exports the static site, which opens from disk with its project page and makes no request anywhere else", async () => {
    const zip = unzipSync(readFileSync(await (await downloadFrom("Download the site (.zip)")).path()));
    for (const [name, bytes] of Object.entries(zip)) {
      const path = join(work, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    const site = await session.browser.newContext();
    const requests: string[] = [];
    site.on("request", (request) => requests.push(request.url()));
    const visitor = await site.newPage();
    await visitor.goto(pathToFileURL(join(work, "portfolio", "index.html")).href);
    expect(await visitor.locator("h1").innerText()).toBe("My AI engineering portfolio");
    await visitor.getByRole("link", { name: "Forecast the S&P 500" }).click();
    await visitor.waitForURL(/projects\/sp500-forecast\.html$/);
    expect(await visitor.locator("main").innerText()).toContain("What I learned: the crash of March 2020");
    expect(await visitor.locator("figure img").evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
    await site.close();
  });

  it("downloads README.md with its chart embedded, and a resume.json valid under the JSON Resume schema", async () => {
    const readme = readFileSync(await (await downloadFrom("README.md")).path(), "utf8");
    expect(readme).toContain("## Forecast the S&P 500");
    expect(readme).toContain("](data:image/svg+xml;base64,");
    const resume = JSON.parse(readFileSync(await (await downloadFrom("resume.json")).path(), "utf8")) as {
      projects: { name: string }[];
    };
    let problems: unknown = "not checked";
    validateResume(resume, (errors) => {
      problems = errors;
    });
    expect(problems).toBeNull();
    expect(resume.projects.map((project) => project.name)).toEqual(["Forecast the S&P 500"]);
  });
  it("a re-draft replaces edits only when confirmed, and asks about typing not saved yet", async () => {
    await page().getByRole("button", { name: "Re-draft from my data" }).click();
    const dialog = page().getByRole("dialog", { name: "Replace your edits?" });
    await dialog.getByRole("button", { name: "Replace with a new draft" }).click();
    await expect.poll(() => editor().inputValue()).not.toContain("What I learned");
    await expect.poll(() => page().locator(".write-up .muted").first().innerText()).not.toMatch(/edited by you/);

    // Quoting code in an unedited write-up shows it in the text and the preview straight away.
    await page().locator(".write-up__code summary").click();
    await page().locator(".write-up__code input[type=checkbox]").first().check();
    await expect.poll(() => editor().inputValue()).toContain("```python\n# mine\n```");
    await expect.poll(() => page().getByRole("region", { name: "Preview" }).innerText()).toContain("# mine");

    // Typing then re-drafting at once, before the autosave: the draft must not silently win.
    const typed = `${await editor().inputValue()}\nTried a GRU next.\n`;
    await editor().fill(typed);
    await page().getByRole("button", { name: "Re-draft from my data" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await editor().inputValue()).toBe(typed);
    await expect.poll(() => page().locator(".write-up [role=status]").first().innerText(), { timeout: 5000 }).toMatch(/^Saved/);
  });
  it("stays accessible in dark mode and on a phone, with nothing wider than the screen", async () => {
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(session.server.url("/portfolio"));
      await expect.poll(() => other.getByLabel("Write-up (Markdown)").count(), { timeout: 10_000 }).toBe(1);
      expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
      // The exported site too: its own stylesheet follows the visitor's dark mode and fits a phone.
      for (const file of ["index.html", "projects/sp500-forecast.html"]) {
        await other.goto(pathToFileURL(join(work, "portfolio", file)).href);
        expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), file).toBe(true);
        expect(await seriousAccessibilityViolations(other)).toEqual([]);
      }
    });
  });
});
