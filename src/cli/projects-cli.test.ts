import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../shared/csv/parse-csv.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { startTestServer, type TestServer } from "../server/test-support/test-dialects.js";
import { runStepwise } from "./test-support/run-stepwise.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-projects-cli-"));
const stepwise = (...args: string[]) => runStepwise(work, ...args);

describe("stepwise score and stepwise submit", { timeout: 120_000 }, () => {
  let server: TestServer;
  let url: string;
  let perfect: string;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    url = await server.app.listen({ host: "127.0.0.1", port: 0 });
    // The true labels of the test reviews, read from the dataset itself.
    const path = testCurriculum().datasets.find((dataset) => dataset.id === "stepwise-reviews")?.localPath as string;
    const labels = new Map(parseCsv(readFileSync(path, "utf8")).rows.map((row) => [row[0], row[3]]));
    const test = (await server.app.inject({ method: "GET", url: "/api/projects/review-sentiment/files/test.csv" })).body;
    const ids = parseCsv(test)
      .rows.slice(1)
      .map((row) => row[0] as string);
    perfect = join(work, "perfect.csv");
    writeFileSync(perfect, ["id,label", ...ids.map((id) => `${id},${labels.get(id)}`)].join("\n"));
  }, 60_000);
  afterAll(async () => {
    await server.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it("downloads a project's brief, the same three files and notebook the server hands out, then refuses to overwrite them", async () => {
    const listed = await stepwise("project", "list", "--json");
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((project) => project.id).sort()).toEqual([
      "digit-recognizer",
      "lesson-search",
      "review-sentiment",
      "sp500-forecast",
    ]);
    const { code, stdout } = await stepwise("project", "download", "review-sentiment", "reviews");
    expect(code).toBe(0);
    expect(stdout).toMatch(/train.csv\s+448 rows/);
    expect(stdout).toMatch(/starter.ipynb\s+a notebook that trains a baseline/);
    for (const name of ["train.csv", "test.csv", "sample_submission.csv", "starter.ipynb"]) {
      const served = (await server.app.inject({ method: "GET", url: `/api/projects/review-sentiment/files/${name}` })).body;
      expect(readFileSync(join(work, "reviews", name), "utf8")).toBe(served);
    }
    expect(readFileSync(join(work, "reviews", "README.md"), "utf8")).toMatch(/## How you are scored/);
    const again = await stepwise("project", "download", "review-sentiment", "reviews");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has README.md, train.csv/);
    // A retrieval project also hands out the documents to rank.
    const search = await stepwise("project", "download", "lesson-search", "search");
    expect(search.stdout).toMatch(/corpus.csv\s+150 rows/);
    const corpus = (await server.app.inject({ method: "GET", url: "/api/projects/lesson-search/files/corpus.csv" })).body;
    expect(readFileSync(join(work, "search", "corpus.csv"), "utf8")).toBe(corpus);
  });

  it("scores a file locally, the private part only once the competition is finished on the server, as on the site", async () => {
    const { code, stdout } = await stepwise(
      "score",
      "--project",
      "review-sentiment",
      "--file",
      perfect,
      "--server",
      url,
      "--json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      project: "review-sentiment",
      kind: "labels",
      public: { f1: 1, accuracy: 1 },
      private: null,
    });

    const sample = join(work, "naive.csv");
    writeFileSync(
      sample,
      (await server.app.inject({ method: "GET", url: "/api/projects/sp500-forecast/files/sample_submission.csv" })).body,
    );
    expect(
      (await server.app.inject({ method: "POST", url: "/api/projects/sp500-forecast/finish", payload: {} })).statusCode,
    ).toBe(200);
    const finished = JSON.parse(
      (await stepwise("score", "--project", "sp500-forecast", "--file", sample, "--server", url, "--json")).stdout,
    ) as {
      private: Record<string, number> | null;
    };
    expect(Object.keys(finished.private ?? {})).toEqual(["rmse", "mape"]);

    const offline = await stepwise("score", "--project", "review-sentiment", "--file", perfect, "--server", "http://127.0.0.1:9");
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/F1 \(higher is better\)\s+1\s+hidden until finished/);
    expect(offline.stdout).toMatch(
      /Private scores show once the competition is finished; cannot reach Stepwise at http:\/\/127.0.0.1:9/,
    );
  });

  it("prints a table for people, and exits 1 naming the line and column of a malformed file", async () => {
    const table = await stepwise("score", "--project", "review-sentiment", "--file", perfect, "--server", url);
    expect(table.stdout).toMatch(/F1 \(higher is better\)\s+1\s+hidden until finished/);
    expect(table.stdout).toMatch(/Private scores show once the competition is finished, as on the site\./);
    expect(table.stdout).toMatch(/ROC-AUC .*needs probabilities/);
    const bad = join(work, "bad.csv");
    writeFileSync(bad, readFileSync(perfect, "utf8").replace(/\n(r\d+),\w+/, "\n$1,great"));
    const refused = await stepwise("score", "--project", "review-sentiment", "--file", bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Line 2, column label: "great" is not one of the labels negative, positive/);
    expect((await stepwise("score", "--project", "titanic", "--file", bad)).code).toBe(2);
  });

  it("records a terminal attempt on the running Stepwise the folder was downloaded for, and the solve counts in the app", async () => {
    expect((await stepwise("exercise", "download", "dot-product", "dot", "--server", url)).code).toBe(0);
    const starter = await stepwise("test", "dot");
    expect(starter.code).toBe(1);
    expect(starter.stdout).toMatch(
      /Recorded on your Stepwise \(graded again there\): not solved yet \(error\); 0 of \d+ exercises of the topic solved\./,
    );
    const solution = testCurriculum().exercisesById.get("dot-product")?.solution ?? "";
    writeFileSync(join(work, "dot", "dot_product.py"), solution);
    const solved = await stepwise("test", "dot", "--json");
    expect(solved.code).toBe(0);
    expect(JSON.parse(solved.stdout)).toMatchObject({ status: "pass" });
    expect(solved.stderr).toMatch(/Recorded on your Stepwise .*solved ✓ — a first solve/);
    const exercise = (await server.app.inject({ method: "GET", url: "/api/exercises/dot-product" })).json<{
      solved: boolean;
      attempts: { count: number };
    }>();
    expect(exercise).toMatchObject({ solved: true, attempts: { count: 2 } });
    const offline = await stepwise("test", "dot", "--offline");
    expect(offline.stdout).toMatch(/Not recorded \(--offline\)\./);
    expect(
      (await server.app.inject({ method: "GET", url: "/api/exercises/dot-product" })).json<{ attempts: { count: number } }>()
        .attempts.count,
    ).toBe(2);
  });

  it("submits to a running server and reports the score and rank", async () => {
    const { code, stdout } = await stepwise(
      "submit",
      "review-sentiment",
      perfect,
      "--server",
      url,
      "--description",
      "TF-IDF and naive Bayes",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/public F1 1, Accuracy 100%/);
    expect(stdout).toMatch(/Rank 1 of 1 on the public leaderboard · 1 of 5 submissions used today/);
    const unreachable = await stepwise("submit", "review-sentiment", perfect, "--server", "http://127.0.0.1:9");
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/cannot reach Stepwise at http:\/\/127.0.0.1:9/);
  });

  it("exports the portfolio from the running server into a folder: the site, README.md and resume.json", async () => {
    const { code, stdout } = await stepwise("portfolio", "export", "site", "--server", url);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/Wrote 5 files to .*site/);
    const page = readFileSync(join(work, "site", "projects", "review-sentiment.html"), "utf8");
    expect(page).toContain("TF-IDF and naive Bayes");
    expect(readFileSync(join(work, "site", "index.html"), "utf8")).toContain('href="projects/review-sentiment.html"');
    expect(JSON.parse(readFileSync(join(work, "site", "resume.json"), "utf8"))).toMatchObject({
      projects: [{ name: "Tell positive reviews from negative ones" }],
    });
    expect(readFileSync(join(work, "site", "README.md"), "utf8")).toContain("](charts/review-sentiment.svg)");
    const again = await stepwise("portfolio", "export", "site", "--server", url);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has .*index.html.*--force/);
    const down = await stepwise("portfolio", "export", "other", "--server", "http://127.0.0.1:9");
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/cannot reach Stepwise/);
  });
});
