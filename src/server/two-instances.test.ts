import type { FastifyInstance } from "fastify";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubmissionView } from "../shared/api/index.js";
import { writeOnnxFixtures } from "../core/test-support/onnx-fixtures.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { buildApp } from "./app.js";
import { jsonFromPage, me, signUp, startMultiUserServer, TEST_ORIGIN } from "./test-support/accounts.js";
import { DIALECTS, type TestServer } from "./test-support/test-dialects.js";

/**
 * Two app instances on one PostgreSQL database and one data folder, as behind a load balancer:
 * whatever one does, the other must agree with. (SQLite serves one instance only.)
 */
describe.runIf(DIALECTS.includes("postgres"))("two app instances on one PostgreSQL", () => {
  let server: TestServer;
  let first: FastifyInstance;
  let second: FastifyInstance;
  let cookie: string;
  beforeAll(async () => {
    server = await startMultiUserServer("postgres");
    first = server.app;
    second = await buildApp(first.config, { curriculum: testCurriculum() });
    ({ cookie } = await signUp(first, "ada@example.org", "Ada"));
  });
  const fixtures = writeOnnxFixtures();
  afterAll(async () => {
    await second?.close();
    await server?.destroy();
    rmSync(fixtures.dir, { recursive: true, force: true });
  });

  const both = () => [first, second] as const;
  const sample = async () =>
    (
      await first.inject({
        method: "GET",
        url: "/api/projects/digit-recognizer/files/sample_submission.csv",
        headers: { cookie },
      })
    ).body;
  const submitTo = (app: FastifyInstance, csv: string) =>
    app.inject({
      method: "POST",
      url: "/api/projects/digit-recognizer/submissions",
      headers: { host: "localhost", origin: TEST_ORIGIN, cookie, "content-type": "text/csv" },
      payload: csv,
    });

  it("knows a session made on the other instance, and ends it everywhere at sign-out", async () => {
    const { cookie: session } = await signUp(first, "bo@example.org", "Bo");
    expect((await me(second, session)).user?.email).toBe("bo@example.org");
    const out = await second.inject({ method: "POST", url: "/api/auth/sign-out", headers: jsonFromPage(session), payload: {} });
    expect(out.statusCode).toBe(200);
    for (const app of both())
      expect((await app.inject({ method: "GET", url: "/api/progress", headers: { cookie: session } })).statusCode).toBe(401);
  });

  it("holds the daily submission limit when uploads arrive at both instances at the same moment", async () => {
    const csv = await sample();
    const limit = first.config.dailySubmissions;
    const statuses = await Promise.all(
      Array.from({ length: limit + 3 }, (_, index) =>
        submitTo(index % 2 === 0 ? first : second, csv).then((response) => response.statusCode),
      ),
    );
    expect(
      statuses.filter((status) => status === 201),
      statuses.join(" "),
    ).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    const listed = await second.inject({ method: "GET", url: "/api/projects/digit-recognizer/submissions", headers: { cookie } });
    expect(listed.json<{ submissions: unknown[] }>().submissions).toHaveLength(limit);
  });

  it("lets no more than two submissions be final when both instances are asked at once", async () => {
    const listed = await first.inject({ method: "GET", url: "/api/projects/digit-recognizer/submissions", headers: { cookie } });
    const ids = listed.json<{ submissions: SubmissionView[] }>().submissions.map((submission) => submission.id);
    const statuses = await Promise.all(
      ids.map((id, index) =>
        (index % 2 === 0 ? first : second)
          .inject({
            method: "PUT",
            url: `/api/projects/digit-recognizer/submissions/${id}/final`,
            headers: jsonFromPage(cookie),
            payload: { final: true },
          })
          .then((response) => response.statusCode),
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ids.length - 2);
    const after = await second.inject({ method: "GET", url: "/api/projects/digit-recognizer/submissions", headers: { cookie } });
    expect(after.json<{ submissions: SubmissionView[] }>().submissions.filter((submission) => submission.final)).toHaveLength(2);
  });

  it("serves a model as the other instance last left it: a moved alias and a deleted version", async () => {
    // The same file twice: two versions, told apart by the version each answer names.
    const upload = () =>
      first.inject({
        method: "POST",
        url: "/api/models/digits/versions?fileName=model.onnx",
        headers: { host: "localhost", origin: TEST_ORIGIN, cookie, "content-type": "application/octet-stream" },
        payload: fixtures.read("classifier"),
      });
    expect((await upload()).statusCode).toBe(201);
    expect((await upload()).statusCode).toBe(201);
    const point = (app: FastifyInstance, version: number) =>
      app.inject({
        method: "PUT",
        url: "/api/models/digits/aliases/production",
        headers: jsonFromPage(cookie),
        payload: { version },
      });
    const servedBy = async (app: FastifyInstance, ref: string) => {
      const response = await app.inject({
        method: "POST",
        url: `/api/models/digits/versions/${ref}/predict`,
        headers: jsonFromPage(cookie),
        payload: { instances: [[0, 1, 2, 3, 4, 5, 6, 7]] },
      });
      return response.statusCode === 200 ? response.json<{ version: number }>().version : response.statusCode;
    };
    expect((await point(first, 1)).statusCode).toBe(200);
    expect(await servedBy(second, "production")).toBe(1);
    expect((await point(first, 2)).statusCode).toBe(200);
    await expect.poll(() => servedBy(second, "production")).toBe(2);
    expect(await servedBy(second, "1")).toBe(1);
    const removed = await first.inject({
      method: "DELETE",
      url: "/api/models/digits/versions/1",
      headers: { host: "localhost", origin: TEST_ORIGIN, cookie },
    });
    expect(removed.statusCode).toBe(204);
    await expect.poll(() => servedBy(second, "1")).toBe(404);
  });
});
