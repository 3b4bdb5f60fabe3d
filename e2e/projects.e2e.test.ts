import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ProjectListResponse, ProjectResponse, SubmissionListResponse } from "../src/shared/api/index.js";
import type { Dataset, Project } from "../src/shared/content/index.js";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { saveDocScreenshot } from "./doc-screenshot.js";
import { useBrowserSession } from "./session.js";

const curriculum = testCurriculum();
const PROJECTS = curriculum.projects;

/** Column names as the files spell them: an image column becomes one column per pixel, as on Kaggle. */
function expandColumns(dataset: Dataset, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const column = dataset.columns.find((item) => item.name === name);
    if (column?.type !== "image") return [name];
    return Array.from({ length: (column.width ?? 0) * (column.height ?? 0) }, (_, pixel) => `pixel${pixel}`);
  });
}

/** What the first line of each download must be, from the project file: the id, the features, and (train only) the target. */
function expectedHeaders(project: Project): { "train.csv": string; "test.csv": string } {
  const dataset = curriculum.datasets.find((item) => item.id === project.dataset);
  if (!dataset) throw new Error(`test setup: ${project.id} uses unknown dataset ${project.dataset}`);
  const id = project.id_column ?? "id";
  return {
    "train.csv": [id, ...expandColumns(dataset, [...project.train_columns, project.target])].join(","),
    "test.csv": [id, ...expandColumns(dataset, project.test_columns)].join(","),
  };
}

/** GET inside the page (same origin, same cookies) and parse the JSON. */
const getJson = <T>(page: Page, path: string) =>
  page.evaluate(async (url) => (await (await fetch(url)).json()) as unknown, path) as Promise<T>;

/** Fetches a download inside the page and reads only as far as its first line: train files can be megabytes. */
const firstLineOf = (page: Page, href: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("\n")) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
    return { status: response.status, disposition: response.headers.get("content-disposition"), line: text.split(/\r?\n/)[0] };
  }, href);

const fetchText = (page: Page, href: string) => page.evaluate(async (url) => (await fetch(url)).text(), href);

/** Polls wait for the lazily loaded page and for refetches after each change; scoring the digits takes longer. */
const POLL = { timeout: 15_000 };
const SCORING = { timeout: 60_000 };

const fileInput = (page: Page) => page.locator('#submit input[type="file"]');
const submitButton = (page: Page) => page.getByRole("button", { name: /Submit for scoring|Submitting/ });
const submissionRows = (page: Page) => page.locator(".submissions-table tbody tr");

async function chooseAndSubmit(page: Page, name: string, text: string) {
  await fileInput(page).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await expect.poll(() => page.locator(".drop-zone__file").innerText(), POLL).toContain(name);
  await submitButton(page).click();
}

// Scoring runs on the server; the digits' training file alone is megabytes. Generous timeouts for a busy machine.
describe("a learner competing in the projects", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;

  it("finds every project from the header's Projects link, each with its metric and no submissions yet", async () => {
    await page().goto(session.server.url("/"));
    await page().locator(".header__nav").getByRole("link", { name: "Projects" }).click();
    await page().waitForURL(/\/projects$/);
    await expect.poll(() => page().locator("h1").innerText(), POLL).toBe("Projects");
    const listed = await getJson<ProjectListResponse>(page(), "/api/projects");
    expect(listed.projects.map((project) => project.id).sort()).toEqual(PROJECTS.map((project) => project.id).sort());
    expect(listed.projects.length).toBe(4); // the seed's three and lesson search
    await expect.poll(() => page().locator(".project-card").count(), POLL).toBe(listed.projects.length);
    for (const project of listed.projects) {
      const card = page().locator(".project-card", { hasText: project.title });
      expect(await card.innerText()).toContain(project.primaryMetric.label);
      expect(await card.innerText()).toMatch(/none yet/);
      expect(await card.locator(".status").innerText()).toMatch(/Open/);
    }
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  for (const project of PROJECTS) {
    it(`${project.id}: downloads its files and both notebooks, submits the sample submission and is ranked 1`, async () => {
      await page().goto(session.server.url("/projects"));
      await page().getByRole("link", { name: project.title, exact: true }).click();
      await page().waitForURL(new RegExp(`/projects/${project.id}$`));
      await expect.poll(() => page().locator("h1").innerText(), POLL).toBe(project.title);
      const details = await getJson<ProjectResponse>(page(), `/api/projects/${project.id}`);

      // The Data section links the three files (lesson search adds its corpus), the starter notebook
      // and the whole-project notebook; each file downloads as an attachment starting with its
      // header (the notebook with its JSON object).
      const links = page().locator("#data a[download]");
      const ranking = project.value.type === "ranking";
      await expect.poll(() => links.count(), POLL).toBe(ranking ? 6 : 5);
      const headers: Record<string, string> = {
        ...expectedHeaders(project),
        "sample_submission.csv": details.submission.header.join(","),
        "starter.ipynb": "{",
        ...(ranking ? { "corpus.csv": "doc_id,topic,title,text" } : {}),
      };
      for (const file of details.files) {
        const link = page().locator("#data").getByRole("link", { name: file.name, exact: true });
        const href = await link.getAttribute("href");
        expect(href).toBe(file.url);
        const first = await firstLineOf(page(), href as string);
        expect(first.status, file.name).toBe(200);
        expect(first.disposition ?? "", file.name).toMatch(/attachment/);
        expect(first.line, file.name).toBe(headers[file.name]);
      }
      const [download] = await Promise.all([
        page().waitForEvent("download"),
        page().locator("#data").getByRole("link", { name: "Download notebook (.ipynb)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${project.id}.ipynb`);
      const notebook = JSON.parse(readFileSync(await download.path(), "utf8")) as {
        metadata: { stepwise: { project: string } };
        cells: { source: string; metadata: { stepwise: { role: string } } }[];
      };
      expect(notebook.metadata.stepwise.project).toBe(project.id);
      expect(notebook.cells[0]?.source).toContain(`# ${project.title}`);
      expect(notebook.cells.some((cell) => cell.metadata.stepwise.role === "submit")).toBe(true);
      const sampleHref = (await page()
        .locator("#data")
        .getByRole("link", { name: "sample_submission.csv", exact: true })
        .getAttribute("href")) as string;
      const sample = await fetchText(page(), sampleHref);
      expect(sample.trim().split(/\r?\n/).length).toBe(details.submission.rows + 1);

      expect(await page().locator("#submissions .empty-state").innerText()).toMatch(/No submissions yet/);
      await chooseAndSubmit(page(), "sample_submission.csv", sample);
      const result = page().locator(".submit-result");
      await expect.poll(() => result.innerText(), SCORING).toMatch(/Rank 1 of 1/);
      const primary = details.primaryMetric;
      const scoreLine = await result.locator("dd").first().innerText();
      expect(scoreLine).toMatch(/\d/);
      expect(scoreLine).toContain(primary.direction === "lower" ? "lower is better" : "higher is better");
      expect(await result.innerText()).toContain(`Public ${primary.label}`);

      // The page caught up: one submission, one used today, and "(you)" first on the public board.
      await expect.poll(() => submissionRows(page()).count(), POLL).toBe(1);
      await expect
        .poll(() => page().locator(".daily-limit").innerText(), POLL)
        .toMatch(/^1 of \d+ submissions used today, resets at \d\d:\d\d your time \(00:00 UTC\)/);
      const me = page().locator(".leaderboard__me");
      await expect.poll(() => me.innerText(), POLL).toMatch(/\(you\)/);
      expect((await me.locator("td").first().innerText()).trim()).toBe("1");
      expect(await page().locator(".leaderboard__caption").innerText()).toMatch(/^Public leaderboard/);
      const baseline = page().locator(".leaderboard__baseline");
      expect(await baseline.count()).toBeGreaterThan(0);
      expect((await baseline.first().locator("td").first().innerText()).trim()).toBe("Baseline");

      if (project.id === PROJECTS[0]?.id) {
        await page().evaluate(() => document.getElementById("submit")?.scrollIntoView());
        await saveDocScreenshot(page(), "projects.png");
      }
      expect(await seriousAccessibilityViolations(page())).toEqual([]);
    });
  }

  const chosen = PROJECTS.find((project) => project.value.type === "number") ?? PROJECTS[0];

  it(`${chosen?.id}: a malformed file is refused with its line and column, and nothing is stored`, async () => {
    const project = chosen as Project;
    await page().goto(session.server.url(`/projects/${project.id}`));
    await expect.poll(() => submissionRows(page()).count(), POLL).toBe(1);
    const details = await getJson<ProjectResponse>(page(), `/api/projects/${project.id}`);
    const sample = await fetchText(page(), details.files.find((file) => file.name === "sample_submission.csv")?.url as string);
    const lines = sample.trimEnd().split(/\r?\n/);
    const alert = page().locator(".submit-error");

    // One id left out: the id column is named, and how many are missing.
    await chooseAndSubmit(page(), "missing-id.csv", [lines[0], ...lines.slice(2)].join("\n") + "\n");
    await expect.poll(() => alert.innerText(), SCORING).toMatch(/missing/);
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await alert.innerText()).toContain(`column ${details.submission.idColumn}`);

    // A value that is neither a number nor a label on line 3 (the second data row).
    const third = lines[2] as string;
    const badLines = [...lines];
    badLines[2] = `${third.slice(0, third.lastIndexOf(","))},not-a-value`;
    await chooseAndSubmit(page(), "bad-value.csv", badLines.join("\n") + "\n");
    await expect.poll(() => alert.innerText(), SCORING).toMatch(/not-a-value/);
    expect(await alert.locator(".submit-error__where").innerText()).toBe(`Line 3, column ${details.submission.valueColumn}`);

    // Nothing stored: still one submission, and still one used today.
    const stored = await getJson<SubmissionListResponse>(page(), `/api/projects/${project.id}/submissions`);
    expect(stored.submissions.length).toBe(1);
    expect(await submissionRows(page()).count()).toBe(1);
    expect(await page().locator(".daily-limit").innerText()).toMatch(/^1 of \d+ submissions used today/);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it(`${chosen?.id}: marks a submission final, finishes the competition and sees the private board`, async () => {
    const project = chosen as Project;
    const final = submissionRows(page())
      .first()
      .getByRole("checkbox", { name: /^Final/ });
    // The box follows the server's answer, so it may tick a moment after the click: wait for that, not for an instant change.
    await final.click();
    await expect
      .poll(
        async () =>
          (await getJson<SubmissionListResponse>(page(), `/api/projects/${project.id}/submissions`)).submissions[0]?.final,
        POLL,
      )
      .toBe(true);
    await expect.poll(() => page().locator("#final-help").innerText(), POLL).toMatch(/1 of \d+ chosen/);
    expect(await final.isChecked()).toBe(true);

    await page().getByRole("button", { name: "Finish competition" }).click();
    const dialog = page().getByRole("dialog", { name: "Finish the competition?" });
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    expect(await dialog.innerText()).toMatch(/private leaderboard/);
    await dialog.getByRole("button", { name: "Finish and reveal the private board" }).click();

    await expect.poll(() => page().locator(".leaderboard__caption").innerText(), SCORING).toMatch(/^Private leaderboard/);
    await expect.poll(() => page().locator(".submissions-table thead").innerText(), POLL).toMatch(/Private scores/);
    expect(await submissionRows(page()).first().locator("td").nth(3).innerText()).toMatch(/\d/);
    expect(await submitButton(page()).isDisabled()).toBe(true);
    expect(await page().locator("#finish .closed-notice").innerText()).toMatch(/Closed.*private leaderboard is revealed/s);
    expect(await page().locator(".project-meta .status").innerText()).toMatch(/Closed/);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);

    await page().goto(session.server.url("/projects"));
    const card = page().locator(".project-card", { hasText: project.title });
    await expect.poll(() => card.locator(".status").innerText(), POLL).toMatch(/Closed/);
    for (const other of PROJECTS) {
      const facts = await page().locator(".project-card", { hasText: other.title }).locator(".project-card__facts").innerText();
      expect(facts).toMatch(/Your submissions\s+1/);
      expect(facts).not.toMatch(/none yet/);
    }
  });

  it("stays accessible in dark mode and on a phone, with submissions, scores and the board on the page", async () => {
    const project = chosen as Project;
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(session.server.url(`/projects/${project.id}`));
      await expect.poll(() => other.locator(".leaderboard__caption").innerText(), POLL).toMatch(/^Private leaderboard/);
      // Nothing wider than the screen: the tables scroll inside their own boxes, and keep every column.
      expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const headers = other.locator("main table th[scope=col]");
      expect(await headers.count()).toBeGreaterThan(0);
      for (const header of await headers.all()) expect(await header.isVisible(), await header.innerText()).toBe(true);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
    });
  });
});
