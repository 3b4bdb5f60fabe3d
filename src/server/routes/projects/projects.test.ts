import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaderboardResponse, ProjectResponse, SubmitResponse } from "../../../shared/api/index.js";
import { parseCsv } from "../../../shared/csv/parse-csv.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";
import { firstColumn, rawCsv } from "../../test-support/shipped-csv.js";
import { projectRequests } from "../../test-support/project-requests.js";

const PROJECTS = ["digit-recognizer", "lesson-search", "review-sentiment", "sp500-forecast"];

/** The value, or a test failure saying what was missing. */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

describe.each(DIALECTS)("projects as competitions on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dailySubmissions: 4 });
  }, 60_000);
  afterAll(() => server.destroy());

  const { get, file, submit, mySubmissions } = projectRequests(() => server.app);

  it("lists the seed's three projects and the retrieval one, and serves each one's data: train with the target, test without it", async () => {
    const { projects } = (await get("/api/projects")).json<{ projects: { id: string }[] }>();
    expect(projects.map((project) => project.id).sort()).toEqual(PROJECTS);
    for (const id of PROJECTS) {
      const project = (await get(`/api/projects/${id}`)).json<ProjectResponse>();
      const target = project.submission.valueColumn;
      const train = parseCsv(await file(id, "train.csv")).rows;
      const test = parseCsv(await file(id, "test.csv")).rows;
      const sample = parseCsv(await file(id, "sample_submission.csv")).rows;
      expect(train[0]).toContain(target);
      expect(test[0]).not.toContain(target);
      expect(sample[0]).toEqual(project.submission.header);
      expect(train.length - 1).toBe(project.split.trainRows);
      expect(test.length - 1).toBe(project.split.testRows);
      // The test ids are exactly the sample's ids, and none of them is a training row.
      const testIds = test.slice(1).map((row) => row[0]);
      expect(sample.slice(1).map((row) => row[0])).toEqual(testIds);
      const trainIds = new Set(train.slice(1).map((row) => row[0]));
      expect(testIds.some((testId) => trainIds.has(testId))).toBe(false);
      const split = testCurriculum().projects.find((item) => item.id === id)?.split;
      expect(project.split.publicRows / project.split.testRows).toBeCloseTo(split?.public_fraction ?? NaN, 1);
    }
  });

  it("lists and serves each project's starter notebook, unchanged, as a Jupyter file", async () => {
    for (const id of PROJECTS) {
      const project = (await get(`/api/projects/${id}`)).json<ProjectResponse>();
      expect(project.files.find((entry) => entry.name === "starter.ipynb")).toEqual({
        name: "starter.ipynb",
        description: expect.stringMatching(/notebook/),
        rows: null,
        url: `/api/projects/${id}/files/starter.ipynb`,
      });
      const response = await get(`/api/projects/${id}/files/starter.ipynb`);
      expect(response.headers["content-type"]).toBe("application/x-ipynb+json; charset=utf-8");
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="${id}-starter.ipynb"`);
      const shipped = testCurriculum().projects.find((item) => item.id === id)?.starterNotebook.text;
      expect(response.body).toBe(shipped);
    }
  });

  it("splits the S&P 500 by time: every test date comes after every training date", async () => {
    const trainDates = firstColumn(await file("sp500-forecast", "train.csv"));
    const testDates = firstColumn(await file("sp500-forecast", "test.csv"));
    const firstTest = need(testDates[0], "a test date");
    expect(need(trainDates.at(-1), "a training date") < firstTest).toBe(true);
    expect(firstTest >= "2019-11-01").toBe(true);
  });

  it("scores a perfect forecast at RMSE 0, and the sample (the naive forecast) exactly as the baseline row", async () => {
    const testDates = new Set(firstColumn(await file("sp500-forecast", "test.csv")));
    const truth = rawCsv("sp500").filter((row) => testDates.has(row.date as string));
    const perfect = ["date,close", ...truth.map((row) => `${row.date},${row.close}`)].join("\n");
    const best = await submit("sp500-forecast", perfect, "perfect.csv");
    expect(best.statusCode).toBe(201);
    const result = best.json<SubmitResponse>();
    expect(result.submission.publicScores.rmse).toBeCloseTo(0, 9);
    expect(result.submission.publicScores.mape).toBeCloseTo(0, 9);
    expect(result).toMatchObject({ rank: 1, of: 1, rankedAmong: "everyone", cohort: null });

    const naive = await submit("sp500-forecast", await file("sp500-forecast", "sample_submission.csv"), "naive.csv");
    expect(naive.statusCode).toBe(201);
    const board = (await get("/api/projects/sp500-forecast/leaderboard")).json<LeaderboardResponse>();
    expect(board.board).toBe("public");
    expect(board.entries[0]).toMatchObject({ rank: 1, isMe: true, score: 0 });
    const baseline = board.entries.find((entry) => entry.isBaseline);
    expect(baseline?.rank).toBeNull();
    expect(baseline?.score).toBeCloseTo(naive.json<SubmitResponse>().submission.publicScores.rmse as number, 9);
    // The naive forecast is really last-value: every prediction equals the last training close.
    const lastClose = rawCsv("sp500")
      .filter((row) => !testDates.has(row.date as string))
      .at(-1)?.close;
    const values = parseCsv(await file("sp500-forecast", "sample_submission.csv"))
      .rows.slice(1)
      .map((row) => row[1]);
    expect(new Set(values)).toEqual(new Set([String(Number(lastClose))]));
  });

  it("scores sentiment labels with F1 and accuracy, and probabilities with ROC-AUC too", async () => {
    const labels = new Map(rawCsv("stepwise-reviews").map((row) => [row.id as string, row.label as string]));
    const ids = firstColumn(await file("review-sentiment", "test.csv"));
    const perfectLabels = ["id,label", ...ids.map((id) => `${id},${labels.get(id)}`)].join("\n");
    const fromLabels = (await submit("review-sentiment", perfectLabels)).json<SubmitResponse>().submission;
    expect(fromLabels.kind).toBe("labels");
    expect(fromLabels.publicScores).toEqual({ f1: 1, accuracy: 1 });
    // Probabilities that rank every positive above every negative but sit on the wrong side of 0.5 for some.
    const probabilities = [
      "id,label",
      ...ids.map((id, k) => `${id},${labels.get(id) === "positive" ? 0.45 + (k % 5) / 100 : 0.1}`),
    ].join("\n");
    const fromProbabilities = (await submit("review-sentiment", probabilities)).json<SubmitResponse>().submission;
    expect(fromProbabilities.kind).toBe("probabilities");
    expect(fromProbabilities.publicScores.roc_auc).toBe(1);
    expect(fromProbabilities.publicScores.f1).toBeLessThan(1);
  });

  it("scores rankings of the lesson sections with recall@10 and MRR, and hands out the corpus", async () => {
    const corpus = parseCsv(await file("lesson-search", "corpus.csv")).rows;
    expect(corpus[0]).toEqual(["doc_id", "topic", "title", "text"]);
    expect(corpus.length - 1).toBe(150);
    const judged = new Map(
      rawCsv("stepwise-lesson-queries").map((row) => [row.query_id as string, (row.doc_ids as string).split(" ")]),
    );
    const ids = firstColumn(await file("lesson-search", "test.csv"));
    const rankings = (rank: (relevant: string[]) => string[]) =>
      ["query_id,doc_ids", ...ids.map((id) => `${id},${rank(need(judged.get(id), `judgments of ${id}`)).join(" ")}`)].join("\n");
    const perfectResponse = await submit(
      "lesson-search",
      rankings((relevant) => relevant),
    );
    expect(perfectResponse.statusCode, perfectResponse.body).toBe(201);
    const perfect = perfectResponse.json<SubmitResponse>().submission;
    expect(perfect.kind).toBe("rankings");
    expect(perfect.publicScores).toEqual({ recall_at_10: 1, mrr: 1 });
    // A wrong section first: every relevant one is still in the top ten, but the first sits at place 2.
    const decoy = (relevant: string[]) =>
      need(
        corpus
          .slice(1)
          .map((row) => row[0] as string)
          .find((doc) => !relevant.includes(doc)),
        "a decoy",
      );
    const second = (
      await submit(
        "lesson-search",
        rankings((relevant) => [decoy(relevant), ...relevant]),
      )
    ).json<SubmitResponse>();
    expect(second.submission.publicScores).toEqual({ recall_at_10: 1, mrr: 0.5 });
    // Nothing retrieved scores 0; the sample (BM25's rankings) scores exactly as the baseline row.
    expect(
      (
        await submit(
          "lesson-search",
          rankings(() => []),
        )
      ).json<SubmitResponse>().submission.publicScores,
    ).toEqual({
      recall_at_10: 0,
      mrr: 0,
    });
    // Refused files are not counted against the daily limit of 4.
    const refused = await submit(
      "lesson-search",
      rankings((relevant) => [...relevant, ...relevant]),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/is ranked twice/);
    const sample = (await submit("lesson-search", await file("lesson-search", "sample_submission.csv"))).json<SubmitResponse>();
    const board = (await get("/api/projects/lesson-search/leaderboard")).json<LeaderboardResponse>();
    const baseline = need(
      board.entries.find((entry) => entry.isBaseline),
      "the baseline row",
    );
    expect(baseline.name).toMatch(/BM25/);
    expect(baseline.score).toBeCloseTo(sample.submission.publicScores.recall_at_10 as number, 12);
    expect(baseline.score).toBeGreaterThan(0.3);
    expect(baseline.score).toBeLessThan(1);
  });

  it("refuses malformed files with the first bad line and column, and stores nothing", async () => {
    const sample = await file("review-sentiment", "sample_submission.csv");
    const lines = sample.trimEnd().split("\n");
    const before = (await mySubmissions("review-sentiment")).length;
    const cases: { csv: string; line: number | null; column: string | null; message: RegExp }[] = [
      { csv: "", line: null, column: null, message: /empty/ },
      {
        csv: ["id,prediction", ...lines.slice(1)].join("\n"),
        line: 1,
        column: null,
        message: /header .* must be exactly "id,label"/,
      },
      { csv: lines.slice(0, -1).join("\n"), line: null, column: "id", message: /1 id is missing/ },
      {
        csv: [...lines, lines[1]].join("\n"),
        line: lines.length + 1,
        column: "id",
        message: /appears again \(first on line 2\)/,
      },
      {
        csv: [...lines.slice(0, 3), "r9999,positive", ...lines.slice(3)].join("\n"),
        line: 4,
        column: "id",
        message: /"r9999" is not a id of the test set|"r9999" is not an? id/,
      },
      {
        csv: [lines[0], lines[1], need(lines[2], "line 3").replace(/,.*/, ",maybe"), ...lines.slice(3)].join("\n"),
        line: 3,
        column: "label",
        message: /"maybe" is not one of the labels negative, positive/,
      },
      {
        csv: [lines[0], lines[1], need(lines[2], "line 3").replace(/,.*/, ",1.5"), ...lines.slice(3)].join("\n"),
        line: 3,
        column: "label",
        message: /"1.5" is not/,
      },
      {
        csv: [lines[0], lines[1], need(lines[2], "line 3").replace(/,.*/, ",0.7"), ...lines.slice(3)].join("\n"),
        line: 3,
        column: "label",
        message: /holds a probability but the lines before hold labels/,
      },
      {
        csv: [lines[0], `${lines[1]},extra`, ...lines.slice(2)].join("\n"),
        line: 2,
        column: null,
        message: /has 3 values but the header has 2/,
      },
      {
        csv: [lines[0], '"r0007,positive', ...lines.slice(2)].join("\n"),
        line: 2,
        column: null,
        message: /quoted field is never closed/,
      },
    ];
    for (const { csv, line, column, message } of cases) {
      const response = await submit("review-sentiment", csv);
      expect(response.statusCode, csv.slice(0, 80)).toBe(400);
      const body = response.json<{ message: string; line: number | null; column: string | null }>();
      expect(body.message).toMatch(message);
      expect({ line: body.line, column: body.column }).toEqual({ line, column });
    }
    // The training file sent by mistake: the message quotes its 786-column header only briefly.
    const wrongFile = await submit("digit-recognizer", await file("digit-recognizer", "train.csv"));
    expect(wrongFile.statusCode).toBe(400);
    expect(wrongFile.json<{ message: string }>().message).toMatch(
      /^The header is "id,pixel0,pixel1,.{1,60}…" but must be exactly "id,label"/,
    );
    expect(wrongFile.json<{ message: string }>().message.length).toBeLessThan(200);
    const stock = await file("sp500-forecast", "sample_submission.csv");
    const negative = stock.replace(/\n(\d{4}-\d{2}-\d{2}),[^\n]*/, "\n$1,-5");
    expect((await submit("sp500-forecast", negative)).json<{ message: string }>().message).toMatch(
      /line 2, column close: -5 is out of range/i,
    );
    const word = stock.replace(/\n(\d{4}-\d{2}-\d{2}),[^\n]*/, "\n$1,lots");
    expect((await submit("sp500-forecast", word)).json<{ message: string }>().message).toMatch(/"lots" is not a number/);
    expect((await mySubmissions("review-sentiment")).length).toBe(before);
  });

  it("refuses a file sent as text/plain (another site's form could send that) and a JSON body, with a clear 415", async () => {
    const sample = await file("digit-recognizer", "sample_submission.csv");
    const before = (await mySubmissions("digit-recognizer")).length;
    const plain = await server.app.inject({
      method: "POST",
      url: "/api/projects/digit-recognizer/submissions",
      headers: { "content-type": "text/plain" },
      payload: sample,
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.json<{ message: string }>().message).toMatch(/Content-Type: text\/csv/);
    expect((await mySubmissions("digit-recognizer")).length).toBe(before);
    const json = await server.app.inject({
      method: "POST",
      url: "/api/projects/digit-recognizer/submissions",
      payload: { id: 1 },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json<{ message: string }>().message).toMatch(/text\/csv/);
  });

  it("enforces the daily limit, even for uploads sent at the same moment, without storing the refused ones", async () => {
    const sample = await file("digit-recognizer", "sample_submission.csv");
    const used = (await mySubmissions("digit-recognizer")).length;
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () => submit("digit-recognizer", sample).then((r) => r.statusCode)),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(4 - used);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6 - (4 - used));
    const refused = await submit("digit-recognizer", sample);
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ message: string }>().message).toMatch(
      /used all 4 submissions for today. The limit resets at 00:00 UTC/,
    );
    expect((await mySubmissions("digit-recognizer")).length).toBe(4);
    const project = (await get("/api/projects/digit-recognizer")).json<ProjectResponse>();
    expect(project.limits).toMatchObject({ dailySubmissions: 4, usedToday: 4, maxFinal: 2 });
  });

  it("lets a learner pick at most two finals, then finishing reveals the private board and stops submissions", async () => {
    const submissions = await mySubmissions("sp500-forecast");
    const put = (id: string, final: boolean) =>
      server.app.inject({ method: "PUT", url: `/api/projects/sp500-forecast/submissions/${id}/final`, payload: { final } });
    const naive = need(
      submissions.find((submission) => submission.fileName === "naive.csv"),
      "naive.csv",
    );
    expect((await put(naive.id, true)).json()).toMatchObject({ id: naive.id, final: true });
    const extra = await submit("sp500-forecast", await file("sp500-forecast", "sample_submission.csv"), "third.csv");
    const third = extra.json<SubmitResponse>().submission;
    expect((await put(third.id, true)).statusCode).toBe(200);
    const perfect = need(
      submissions.find((submission) => submission.fileName === "perfect.csv"),
      "perfect.csv",
    );
    const tooMany = await put(perfect.id, true);
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json<{ message: string }>().message).toMatch(/at most 2 final/);
    expect((await put("no-such-id", true)).statusCode).toBe(404);
    expect(submissions.every((submission) => submission.privateScores === null)).toBe(true);

    const finish = await server.app.inject({ method: "POST", url: "/api/projects/sp500-forecast/finish", payload: {} });
    expect(finish.statusCode).toBe(200);
    expect(
      (await server.app.inject({ method: "POST", url: "/api/projects/sp500-forecast/finish", payload: {} })).statusCode,
    ).toBe(409);
    const board = (await get("/api/projects/sp500-forecast/leaderboard")).json<LeaderboardResponse>();
    expect(board).toMatchObject({ board: "private", closed: true });
    // Only the chosen finals count: the perfect forecast was not chosen, so the private score is the naive one's.
    const mine = need(
      board.entries.find((entry) => entry.isMe),
      "my row",
    );
    const baseline = need(
      board.entries.find((entry) => entry.isBaseline),
      "the baseline row",
    );
    expect(mine.score).toBeGreaterThan(0);
    expect(mine.score).toBeCloseTo(baseline.score, 9);
    const after = await mySubmissions("sp500-forecast");
    expect(after.every((submission) => submission.privateScores !== null)).toBe(true);
    const late = await submit("sp500-forecast", await file("sp500-forecast", "sample_submission.csv"));
    expect(late.statusCode).toBe(409);
    expect(late.json<{ message: string }>().message).toMatch(/closed/);
    expect((await put(naive.id, false)).statusCode).toBe(409);
  });

  it("never lets a hidden test value leave the server, in any response", async () => {
    const testDates = new Set(firstColumn(await file("sp500-forecast", "test.csv")));
    // Prices of the test period; a few also occur on some training day by coincidence, and those are public anyway.
    const train = await file("sp500-forecast", "train.csv");
    const hidden = rawCsv("sp500")
      .filter((row) => testDates.has(row.date as string))
      .flatMap((row) => [row.close, row.open, row.high, row.low, String(Number(row.close))])
      .filter((value) => !train.includes(value as string));
    expect(hidden.length).toBeGreaterThan(300);
    const responses = [
      await get("/api/projects"),
      await get("/api/projects/sp500-forecast"),
      await get("/api/projects/sp500-forecast/leaderboard"),
      await get("/api/projects/sp500-forecast/submissions"),
      await get("/api/docs/json"),
      ...(await Promise.all(
        ["train.csv", "test.csv", "sample_submission.csv", "starter.ipynb"].map((name) =>
          get(`/api/projects/sp500-forecast/files/${name}`),
        ),
      )),
      await submit("sp500-forecast", "date,close\n2019-11-01,1\n"),
    ];
    for (const response of responses) {
      for (const value of hidden)
        expect(response.body.includes(value as string), `${response.raw.req.url} holds ${value}`).toBe(false);
    }
  });

  it("answers unknown projects and files with 404/400", async () => {
    expect((await get("/api/projects/titanic")).statusCode).toBe(404);
    expect((await get("/api/projects/titanic/leaderboard")).statusCode).toBe(404);
    expect((await get("/api/projects/sp500-forecast/files/answers.csv")).statusCode).toBe(400);
    expect((await submit("titanic", "id,label\n")).statusCode).toBe(404);
  });
});
