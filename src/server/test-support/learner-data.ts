import { sql } from "kysely";
import { expect } from "vitest";
import type { QuizResponse } from "../../shared/api/index.js";
import { dayInZone } from "../../shared/plan/calendar-date.js";
import type { Database } from "../../core/db/database-schema.js";
import type { OnnxFixtures } from "../../core/test-support/onnx-fixtures.js";
import { browserResult } from "./browser-results.js";
import type { TestServer } from "./test-dialects.js";

/** Calls the API as the learner's page would; anything but success fails the test with the answer. */
export const call = async (server: TestServer, method: "GET" | "PUT" | "POST", url: string, payload?: object | string) => {
  const response = await server.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response;
};

/** One of everything a learner makes, each through the API a learner uses. */
export async function learnEverything(server: TestServer, fixtures: OnnxFixtures): Promise<void> {
  await call(server, "PUT", "/api/progress/topics/linear-algebra", { status: "done" });
  await call(server, "PUT", "/api/notes/topics/calculus", { text: "chain rule: multiply the slopes" });
  await call(server, "PUT", "/api/exercises/dot-product/draft", { code: "def dot(a, b):\n    return 1\n" });
  // A reset keeps the code it replaces as an earlier version.
  await call(server, "PUT", "/api/exercises/dot-product/draft", { code: "def dot(a, b):\n    return 0\n", change: "reset" });
  await call(server, "POST", "/api/exercises/dot-product/attempts", {
    runtime: "browser",
    code: "def dot(a, b):\n    return sum(x * y for x, y in zip(a, b))\n",
    result: browserResult("pass", 3),
  });
  const quiz = (await call(server, "GET", "/api/quizzes/linear-algebra")).json<QuizResponse>();
  await call(server, "POST", "/api/quizzes/linear-algebra/answers", { questionId: quiz.questions[0]?.id, choices: [0] });
  const sample = (await call(server, "GET", "/api/projects/sp500-forecast/files/sample_submission.csv")).body;
  const submitted = await server.app.inject({
    method: "POST",
    url: "/api/projects/sp500-forecast/submissions?fileName=first.csv&description=the%20sample%20as%20it%20is",
    headers: { "content-type": "text/csv" },
    payload: sample,
  });
  const submissionId = submitted.json<{ submission: { id: string } }>().submission.id;
  await call(server, "PUT", `/api/projects/sp500-forecast/submissions/${submissionId}/final`, { final: true });
  await call(server, "POST", "/api/projects/sp500-forecast/finish", {});
  await call(server, "PUT", "/api/projects/sp500-forecast/late-submissions", { accept: true });
  await server.app.inject({
    method: "POST",
    url: "/api/projects/sp500-forecast/submissions?fileName=late.csv",
    headers: { "content-type": "text/csv" },
    payload: sample,
  });
  const uploaded = await server.app.inject({
    method: "POST",
    url: "/api/models/iris-classifier/versions",
    headers: { "content-type": "application/octet-stream" },
    payload: fixtures.read("classifier"),
  });
  expect(uploaded.statusCode).toBe(201);
  await call(server, "PUT", "/api/models/iris-classifier/aliases/production", { version: 1 });
  await call(server, "PUT", "/api/models/iris-classifier/versions/1/card", { description: "a tiny classifier" });
  // The link a reproduced submission gets; written directly, since making the model reproduce it needs training.
  const version = await server.app.db.selectFrom("model_versions").select("id").executeTakeFirstOrThrow();
  await server.app.db
    .insertInto("submission_models")
    .values({
      submission_id: submissionId,
      model_version_id: version.id,
      reproduced: 0,
      result_json: JSON.stringify({
        model: { name: "iris-classifier", version: 1 },
        reproduced: false,
        rows: 10,
        matchingRows: 0,
        firstDifference: { id: "1", submitted: "0.1", served: "2" },
        submittedPublicScores: { rmse: 1 },
        servedPublicScores: { rmse: 2 },
        checkedAt: "2026-12-03T10:00:00.000Z",
      }),
      checked_at: "2026-12-03T10:00:00.000Z",
    })
    .execute();
  // The plan's own day: Berlin is a day ahead of UTC for an hour or two every night.
  const today = dayInZone(new Date(), "Europe/Berlin");
  await call(server, "PUT", "/api/plan", {
    hoursPerWeek: 6,
    studyDays: [1, 3, 6],
    startTime: "19:00",
    timeZone: "Europe/Berlin",
    startDate: today,
    targetDate: null,
  });
  await call(server, "PUT", "/api/portfolio/profile", { name: "Sam Learner", headline: "Aspiring AI engineer", links: [] });
  await call(server, "PUT", "/api/portfolio/projects/sp500-forecast", {
    markdown: "# My forecast\n\nIt beat nothing.",
    featured: true,
  });
}

/** Every table of the database, by name. */
export async function tableNames(db: Database): Promise<string[]> {
  const sqlite = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
    .execute(db)
    .catch(() => null);
  const rows =
    sqlite?.rows ??
    (
      await sql<{
        name: string;
      }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
    ).rows;
  return rows.map((row) => row.name).sort();
}

/** A table's rows in a stable order, JSON columns read (so key order inside them does not matter). */
export async function tableRows(db: Database, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([column, value]) => [
        column,
        column.endsWith("_json") && typeof value === "string" ? (JSON.parse(value) as unknown) : value,
      ]),
    ),
  );
  return rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
