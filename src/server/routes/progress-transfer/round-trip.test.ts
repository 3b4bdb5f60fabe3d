import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportPreviewResponse, ImportResponse, SubmissionListResponse } from "../../../shared/api/index.js";
import type { ProgressExport } from "../../../shared/progress/progress-export.js";
import { LOCAL_LEARNER_ID } from "../../../core/db/users.repository.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { call, learnEverything, tableNames, tableRows } from "../../test-support/learner-data.js";
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
// Operational metrics of the instance (the model pages' last hour of serving), not learner work.
const OPERATIONAL_TABLES = ["serving_minutes", "serving_minute_latencies"];
const NOT_EXPORTED = new Set([
  "users",
  "progress_backups",
  "kysely_migration",
  "kysely_migration_lock",
  ...INSTANCE_TABLES,
  ...OPERATIONAL_TABLES,
  ...SIGN_IN_TABLES,
]);
/** Records no grader on the importing Stepwise saw: they arrive marked imported. */
const MARKED_IMPORTED = new Set(["exercise_attempts", "project_submissions", "project_closures"]);

describe.each(DIALECTS)("exporting everything and importing it into an empty Stepwise, on %s", (dialect) => {
  let source: TestServer;
  let target: TestServer;
  beforeAll(async () => {
    [source, target] = await Promise.all([startTestServer(dialect), startTestServer(dialect)]);
  }, 60_000);
  afterAll(() => Promise.all([source.destroy(), target.destroy()]));

  it("brings every table over, each record as it was, with attempts, submissions and closures marked imported", async () => {
    await learnEverything(source, fixtures);
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
