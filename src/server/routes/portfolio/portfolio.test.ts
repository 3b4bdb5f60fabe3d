import { createRequire } from "node:module";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPortfolioEntries, replaceWithDraftIfUnchanged } from "../../../core/db/portfolio.repository.js";
import { LOCAL_LEARNER_ID } from "../../../core/db/users.repository.js";
import type { PortfolioEntry, PortfolioResponse, SubmissionListResponse } from "../../../shared/api/index.js";
import { browserResult } from "../../test-support/browser-results.js";
import { firstColumn, rawCsv } from "../../test-support/shipped-csv.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

// The JSON Resume project's own schema and validator (CommonJS, without types).
const { validate: validateResume } = createRequire(import.meta.url)("@jsonresume/schema") as {
  validate: (resume: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};
const resumeProblems = (resume: unknown) => {
  let problems: unknown = "not checked";
  validateResume(resume, (errors) => {
    problems = errors;
  });
  return problems;
};

describe.each(DIALECTS)("portfolio on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const get = (url: string) => server.app.inject({ method: "GET", url });
  const portfolio = async () => (await get("/api/portfolio")).json<PortfolioResponse>();
  const entry = async (projectId: string) => (await portfolio()).entries.find((item) => item.projectId === projectId);
  const put = (projectId: string, payload: object) =>
    server.app.inject({ method: "PUT", url: `/api/portfolio/projects/${projectId}`, payload });
  const submit = (csv: string, description?: string) =>
    server.app.inject({
      method: "POST",
      url: `/api/projects/sp500-forecast/submissions?fileName=f.csv${description ? `&description=${encodeURIComponent(description)}` : ""}`,
      headers: { "content-type": "text/csv" },
      payload: csv,
    });
  let truthCsv = "";

  it("is empty for a new learner and claims no skills", async () => {
    const body = await portfolio();
    expect(body.entries).toEqual([]);
    expect(body.skills).toMatchObject({
      exercisesSolved: 0,
      projectsScored: 0,
      modelsDeployed: 0,
      quiz: { answered: 0, correct: 0 },
    });
    const resume = await get("/api/portfolio/resume.json");
    expect(resume.json<{ skills: unknown[]; projects: unknown[] }>()).toMatchObject({ skills: [], projects: [] });
    expect(resumeProblems(resume.json())).toBeNull();
  });

  it("drafts a write-up from real scores, the learner's submission descriptions and notes", async () => {
    const sample = (await get("/api/projects/sp500-forecast/files/sample_submission.csv")).body;
    expect((await submit(sample, "Naive last value, to see the bar")).statusCode).toBe(201);
    const dates = new Set(firstColumn((await get("/api/projects/sp500-forecast/files/test.csv")).body));
    truthCsv = [
      "date,close",
      ...rawCsv("sp500")
        .filter((row) => dates.has(row.date as string))
        .map((row) => `${row.date},${row.close}`),
    ].join("\n");
    expect((await submit(truthCsv)).statusCode).toBe(201);
    await server.app.inject({
      method: "PUT",
      url: "/api/notes/topics/stock-price-forecasting",
      payload: { text: "Lag features beat the rolling mean." },
    });
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/naive-forecast-metrics/attempts",
      payload: { runtime: "browser", code: "def mae(a, b):\n    return 0\n", result: browserResult("pass", 3) },
    });

    const draft = await entry("sp500-forecast");
    expect(draft).toMatchObject({ saved: false, edited: false, featured: false, submissions: 2, workKind: "individual" });
    const markdown = draft?.markdown ?? "";
    expect(markdown).toMatch(/^# Forecast the S&P 500/);
    expect(markdown).toContain("Naive last value, to see the bar (RMSE");
    expect(markdown).toContain("> Lag features beat the rolling mean.");
    expect(markdown).toMatch(/\| Best public score \| 0 \|/);
    expect(markdown).toMatch(/Beats the baseline by 100% \(0 against [\d.,]+, public test set\)\./);
    expect(markdown).toContain("Rank 1 of 1 on the public leaderboard.");
    expect(markdown).toContain("| Private score | revealed when the competition closes |");
    expect(draft?.chartSvg).toMatch(/^<svg[^>]*role="img"/);
    expect(draft?.chartSvg).toContain("<title");
    const skills = (await portfolio()).skills;
    expect(skills).toMatchObject({ exercisesSolved: 1, projectsScored: 1, projectsBeatingBaseline: 1 });
  });

  it("keeps the learner's edits: a re-draft asks first (409) and replaces them only when told to", async () => {
    const edited = "# My S&P 500 forecast\n\nI tried lags.\n";
    const saved = await put("sp500-forecast", {
      markdown: edited,
      workKind: "team",
      collaborators: [{ name: "Ada", url: "https://github.com/ada" }],
      codeExercises: ["naive-forecast-metrics"],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<PortfolioEntry>()).toMatchObject({ saved: true, edited: true, markdown: edited, workKind: "team" });
    const refused = await server.app.inject({ method: "POST", url: "/api/portfolio/projects/sp500-forecast/draft", payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/replace your edits.*overwrite/);
    expect((await entry("sp500-forecast"))?.markdown).toBe(edited);
    const redrafted = await server.app.inject({
      method: "POST",
      url: "/api/portfolio/projects/sp500-forecast/draft",
      payload: { overwrite: true },
    });
    expect(redrafted.statusCode).toBe(200);
    const fresh = redrafted.json<PortfolioEntry>();
    expect(fresh).toMatchObject({ edited: false, workKind: "team" });
    expect(fresh.markdown).toContain("_A team project with [Ada](https://github.com/ada)._");
    expect(fresh.markdown).toContain("```python\ndef mae(a, b):");
  });

  it("keeps an unedited write-up following the learner's data: a new submission shows without a re-draft", async () => {
    const sample = (await get("/api/projects/sp500-forecast/files/sample_submission.csv")).body;
    expect((await submit(sample, "One more naive run")).statusCode).toBe(201);
    const current = await entry("sp500-forecast");
    expect(current).toMatchObject({ saved: true, edited: false, workKind: "team" });
    expect(current?.markdown).toContain("One more naive run");
    const setting = await put("sp500-forecast", { workKind: "team" });
    expect(setting.json<PortfolioEntry>()).toMatchObject({ edited: false });
    const redraft = await server.app.inject({ method: "POST", url: "/api/portfolio/projects/sp500-forecast/draft", payload: {} });
    expect(redraft.statusCode).toBe(200);
    expect(redraft.json<PortfolioEntry>().markdown).toBe(current?.markdown);
  });

  it("a re-draft never lands over an edit saved while it was drafting", async () => {
    const current = await entry("sp500-forecast");
    const row = (await listPortfolioEntries(server.app.db, LOCAL_LEARNER_ID)).find(
      (item) => item.project_id === "sp500-forecast",
    );
    if (!current || !row) throw new Error("the write-up should be saved by now");
    const edited = `${row.markdown}\nAn edit that raced the re-draft.\n`;
    expect((await put("sp500-forecast", { markdown: edited })).statusCode).toBe(200);
    // The re-draft read the text before that edit: it must not replace it.
    const draft = { ...row, markdown: "new draft", drafted_markdown: "new draft" };
    expect(await replaceWithDraftIfUnchanged(server.app.db, draft, row.markdown)).toBe(false);
    expect((await entry("sp500-forecast"))?.markdown).toBe(edited);
    expect(await replaceWithDraftIfUnchanged(server.app.db, draft, edited)).toBe(true);
    expect((await put("sp500-forecast", { markdown: current.markdown })).statusCode).toBe(200);
  });

  it("refuses bad changes with a message and changes nothing", async () => {
    const before = await entry("sp500-forecast");
    const cases: [string, object, RegExp][] = [
      ["sp500-forecast", { markdown: "x".repeat(100 * 1024 + 1) }, /over 100 KB/],
      ["no-such-project", { featured: true }, /no project "no-such-project"/],
      ["sp500-forecast", { codeExercises: ["dot-product"] }, /not solved "dot-product"/],
      ["sp500-forecast", { collaborators: [{ name: "Bo", url: "javascript:alert(1)" }] }, /https:\/\//],
      ["sp500-forecast", { workKind: "solo" }, /individual.*team/],
      ["sp500-forecast", {}, /at least one field/],
    ];
    for (const [projectId, body, message] of cases) {
      const response = await put(projectId, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    expect(await entry("sp500-forecast")).toEqual(before);
  });

  it("features at most five projects", async () => {
    // Write-ups of projects a curriculum once had still count towards the limit.
    const now = new Date().toISOString();
    for (const id of ["old-1", "old-2", "old-3", "old-4", "old-5"]) {
      await server.app.db
        .insertInto("portfolio_entries")
        .values({
          user_id: "local",
          project_id: id,
          markdown: "x",
          drafted_markdown: "x",
          featured: 1,
          work_kind: "individual",
          collaborators_json: "[]",
          code_exercises_json: "[]",
          updated_at: now,
        })
        .execute();
    }
    const response = await put("sp500-forecast", { featured: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/already feature 5 projects; the roadmap advises 3 to 5/);
    await server.app.db.deleteFrom("portfolio_entries").where("project_id", "like", "old-%").execute();
    expect((await put("sp500-forecast", { featured: true })).json<PortfolioEntry>().featured).toBe(true);
  });

  it("exports a static site, README.md and a resume.json valid under the JSON Resume schema, with no hidden labels", async () => {
    await server.app.inject({
      method: "PUT",
      url: "/api/portfolio/profile",
      payload: {
        name: "Sam Learner",
        headline: "Aspiring AI engineer",
        links: [{ label: "GitHub", url: "https://github.com/sam" }],
      },
    });
    const response = await get("/api/portfolio/export.zip");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    const files = Object.fromEntries(
      Object.entries(unzipSync(response.rawPayload)).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
    expect(Object.keys(files).sort()).toEqual([
      "portfolio/README.md",
      "portfolio/charts/sp500-forecast.svg",
      "portfolio/index.html",
      "portfolio/projects/sp500-forecast.html",
      "portfolio/resume.json",
    ]);
    expect(files["portfolio/index.html"]).toContain('<a href="projects/sp500-forecast.html">Forecast the S&amp;P 500</a>');
    expect(files["portfolio/projects/sp500-forecast.html"]).toContain('<img src="../charts/sp500-forecast.svg"');
    expect(files["portfolio/README.md"]).toContain("](charts/sp500-forecast.svg)");
    for (const [name, text] of Object.entries(files).filter(([file]) => file.endsWith(".html"))) {
      // Only links leave the site; nothing is loaded from elsewhere.
      expect(
        text.match(/\s(src|href)="https?:[^"]*"/g)?.every((attribute) => attribute.startsWith(' href="https://github.com/')) ??
          true,
        name,
      ).toBe(true);
      expect(text, name).not.toMatch(/<script|<link /);
    }
    const resume = JSON.parse(files["portfolio/resume.json"] ?? "{}") as {
      basics: { name: string };
      projects: { name: string }[];
    };
    expect(resumeProblems(resume)).toBeNull();
    expect(resume.basics.name).toBe("Sam Learner");
    expect(resume.projects.map((project) => project.name)).toEqual(["Forecast the S&P 500"]);
    const hiddenClose = truthCsv.split("\n")[5]?.split(",")[1] ?? "";
    expect(hiddenClose.length).toBeGreaterThan(3);
    for (const text of Object.values(files)) expect(text).not.toContain(hiddenClose);

    const readme = await get("/api/portfolio/README.md");
    expect(readme.headers["content-type"]).toMatch(/^text\/markdown/);
    expect(readme.body).toContain("](data:image/svg+xml;base64,");
    const resumeResponse = await get("/api/portfolio/resume.json");
    expect(resumeProblems(resumeResponse.json())).toBeNull();
  });

  it("lets the learner describe a submission and refuses a description over 2,000 characters", async () => {
    const submissions = (await get("/api/projects/sp500-forecast/submissions")).json<SubmissionListResponse>().submissions;
    expect(submissions.map((submission) => submission.description)).toContain("Naive last value, to see the bar");
    const target = submissions.find((submission) => submission.description === null);
    const url = `/api/projects/sp500-forecast/submissions/${target?.id}/description`;
    const described = await server.app.inject({
      method: "PUT",
      url,
      payload: { description: "The real closes, as a check of the scorer" },
    });
    expect(described.statusCode).toBe(200);
    expect(described.json()).toMatchObject({ description: "The real closes, as a check of the scorer" });
    const long = await server.app.inject({ method: "PUT", url, payload: { description: "x".repeat(2001) } });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toMatch(/at most 2,000 characters/);
  });
});
