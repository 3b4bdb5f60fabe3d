import { dayInZone } from "../../../shared/plan/calendar-date.js";
import { rmSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportPreviewResponse, ImportResponse, QuizResponse, SubmissionListResponse } from "../../../shared/api/index.js";
import type { ProgressExport } from "../../../shared/progress/progress-export.js";
import type { Database } from "../../../core/db/database-schema.js";
import { LOCAL_LEARNER_ID } from "../../../core/db/users.repository.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { browserResult } from "../../test-support/browser-results.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const fixtures = writeOnnxFixtures();
afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));

/**
 * Not carried by an export, on purpose: the learner's account (the importing Stepwise has its
 * own), the backups an import takes on the machine it runs on, and the migrations' bookkeeping.
 */
// Sign-in records (sessions, password hashes, one-time and access tokens) never travel in an export.
const SIGN_IN_TABLES = ["auth_sessions", "auth_accounts", "auth_verifications", "auth_rate_limits", "api_tokens"];
// The audit log, the cohorts, invitations and published handles belong to the instance (what
// administrators did, who teaches whom, who is invited, who holds which /u/ name, what visitors
// may read), not to a learner's progress.
const INSTANCE_TABLES = [
  "audit_log",
  "cohorts",
  "cohort_members",
  "cohort_invites",
  "cohort_competitions",
  "account_invites",
  "public_profiles",
  "public_areas",
];
const NOT_EXPORTED = new Set([
  "users",
  "progress_backups",
  "kysely_migration",
  "kysely_migration_lock",
  ...INSTANCE_TABLES,
  ...SIGN_IN_TABLES,
]);
/** Records no grader on the importing Stepwise saw: they arrive marked imported. */
const MARKED_IMPORTED = new Set(["exercise_attempts", "project_submissions", "project_closures"]);

async function tableNames(db: Database): Promise<string[]> {
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
async function tableRows(db: Database, table: string): Promise<Record<string, unknown>[]> {
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

describe.each(DIALECTS)("exporting everything and importing it into an empty Stepwise, on %s", (dialect) => {
  let source: TestServer;
  let target: TestServer;
  beforeAll(async () => {
    [source, target] = await Promise.all([startTestServer(dialect), startTestServer(dialect)]);
  }, 60_000);
  afterAll(() => Promise.all([source.destroy(), target.destroy()]));

  const call = async (server: TestServer, method: "GET" | "PUT" | "POST", url: string, payload?: object | string) => {
    const response = await server.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response;
  };

  /** One of everything a learner makes, each through the API a learner uses. */
  async function learnEverything(server: TestServer) {
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

  it("brings every table over, each record as it was, with attempts, submissions and closures marked imported", async () => {
    await learnEverything(source);
    const tables = (await tableNames(source.app.db)).filter((table) => !NOT_EXPORTED.has(table));
    // Every table holds something, so a table the export forgets makes this test fail.
    for (const table of tables)
      expect({ table, rows: (await tableRows(source.app.db, table)).length }).not.toMatchObject({ rows: 0 });

    const zip = await source.app.inject({ method: "GET", url: "/api/progress/export.zip" });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers["content-type"]).toBe("application/zip");
    const imported = await target.app.inject({
      method: "POST",
      url: "/api/progress/import",
      headers: { "content-type": "application/zip" },
      payload: zip.rawPayload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const result = imported.json<ImportResponse>();
    expect(result.sections.every((section) => section.changed === 0 && section.removed === 0)).toBe(true);
    expect(result.sections.find((section) => section.section === "exerciseAttempts")?.added).toBe(1);
    expect(result.sections.find((section) => section.section === "projectSubmissions")?.added).toBe(2);

    for (const table of tables) {
      const expected = (await tableRows(source.app.db, table)).map((row) =>
        MARKED_IMPORTED.has(table) ? { ...row, imported: 1 } : row,
      );
      expect({ table, rows: await tableRows(target.app.db, table) }).toEqual({ table, rows: expected });
    }
    const submissions = (await call(target, "GET", "/api/projects/sp500-forecast/submissions")).json<SubmissionListResponse>();
    expect(submissions.submissions.map((item) => [item.imported, item.late])).toEqual([
      [true, true],
      [true, false],
    ]);
    // The model file came in the zip and serves on the new machine.
    const metadata = await target.app.inject({ method: "GET", url: "/v2/models/iris-classifier" });
    expect(metadata.statusCode).toBe(200);
    expect((await tableRows(target.app.db, "exercise_attempts"))[0]?.user_id).toBe(LOCAL_LEARNER_ID);
  });

  it("finds nothing to change when the same export comes back, and keeps records it already has as they are", async () => {
    const document = (await call(source, "GET", "/api/progress/export")).json<ProgressExport>();
    for (const mode of ["replace", "merge"]) {
      const preview = (
        await call(target, "POST", `/api/progress/import/preview?mode=${mode}`, document)
      ).json<ImportPreviewResponse>();
      for (const section of preview.sections) expect(section).toMatchObject({ added: 0, changed: 0, removed: 0 });
    }
    // The source's own records were not imported there, and re-importing its own export does not make them so.
    await call(source, "POST", "/api/progress/import", document);
    const attempts = await tableRows(source.app.db, "exercise_attempts");
    expect(attempts.map((row) => row.imported)).toEqual([0]);
  });

  it("refuses a JSON export whose model files are not on this Stepwise, pointing at the zip, and changes nothing", async () => {
    const fresh = await startTestServer(dialect);
    try {
      const document = (await call(source, "GET", "/api/progress/export")).json<ProgressExport>();
      const response = await fresh.app.inject({ method: "POST", url: "/api/progress/import", payload: document });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(
        /models\[0\]\.versions: the file of version 1 .* import the \.zip export.*Nothing was changed/,
      );
      expect(await tableRows(fresh.app.db, "exercise_attempts")).toEqual([]);
      expect(await tableRows(fresh.app.db, "topic_progress")).toEqual([]);
    } finally {
      await fresh.destroy();
    }
  });
});
