import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AttemptResponse,
  AttemptStatusResponse,
  ExerciseResponse,
  GradingStatusResponse,
} from "../../../shared/api/index.js";
import type { GradingResult } from "../../../shared/grading/result.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { browserResult } from "../../test-support/browser-results.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const SANDBOX = { enabled: true, python: process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3", appWorker: true };
const solutionOf = (id: string) => testCurriculum().exercisesById.get(id)?.solution ?? "";
// Right on every visible case of bayes-rule, but lets NaN through, which a hidden test tries.
const FITTED_TO_VISIBLE = [
  "def posterior(prior, sensitivity, specificity):",
  "    for p in (prior, sensitivity, specificity):",
  "        if p < 0 or p > 1:",
  '            raise ValueError("probabilities lie in [0, 1]")',
  "    ill = sensitivity * prior",
  "    positive = ill + (1 - specificity) * (1 - prior)",
  "    if positive == 0:",
  '        raise ValueError("a positive result is impossible here")',
  "    return ill / positive",
  "",
].join("\n");

/** Polls an attempt as the exercise page does until a grading worker has verified it (or 60 s pass). */
async function verified(app: FastifyInstance, cookie: string, exerciseId: string, attemptId: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await app.inject({
      method: "GET",
      url: `/api/exercises/${exerciseId}/attempts/${attemptId}`,
      headers: { host: "localhost", cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AttemptStatusResponse>();
    if (body.attempt.verification !== "verifying" || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(DIALECTS)("a shared Stepwise that grades in its sandbox verifies every attempt (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let cookie = "";
  const post = (url: string, payload: object) => app.inject({ method: "POST", url, headers: jsonFromPage(cookie), payload });
  const get = (url: string) => app.inject({ method: "GET", url, headers: { host: "localhost", cookie } });

  beforeAll(async () => {
    server = await startMultiUserServer(dialect, { sandbox: SANDBOX });
    app = server.app;
    // The first account of a new instance is its administrator.
    cookie = (await signUp(app, "ada@example.org", "Ada")).cookie;
  }, 60_000);
  afterAll(() => server.destroy());

  it("does not count a browser's forged pass: it waits as verifying, then the worker's verdict stands", async () => {
    const forged = await post("/api/exercises/dot-product/attempts", {
      runtime: "browser",
      code: "def dot(a, b):\n    return 0\n",
      result: browserResult("pass", 3),
    });
    expect(forged.statusCode, forged.body).toBe(200);
    const recorded = forged.json<AttemptResponse>();
    expect(recorded.attempt).toMatchObject({ verification: "verifying", selfReported: true });
    expect(recorded).toMatchObject({ solved: false, newlySolved: false });
    expect((await get("/api/exercises/dot-product")).json<ExerciseResponse>().solved).toBe(false);

    const after = await verified(app, cookie, "dot-product", recorded.attempt.id);
    expect(after.attempt).toMatchObject({ verification: "verified", status: "fail", runtime: "sandbox" });
    expect(after.result.status).toBe("fail");
    expect(after.solved).toBe(false);
    expect((await get("/api/exercises/dot-product")).json<ExerciseResponse>().solved).toBe(false);
  });

  it("counts a real solve once verified, and the exercise joins the review queue then", async () => {
    const response = await post("/api/exercises/dot-product/attempts", {
      runtime: "browser",
      code: solutionOf("dot-product"),
      result: browserResult("pass", 3),
    });
    const recorded = response.json<AttemptResponse>();
    expect(recorded.attempt.verification).toBe("verifying");
    const after = await verified(app, cookie, "dot-product", recorded.attempt.id);
    expect(after.attempt).toMatchObject({ verification: "verified", status: "pass" });
    expect(after.solved).toBe(true);
    const exercise = (await get("/api/exercises/dot-product")).json<ExerciseResponse>();
    expect(exercise.solved).toBe(true);
    expect(exercise.attempts.latest).toMatchObject({ id: recorded.attempt.id, verification: "verified", status: "pass" });
    const review = await app.db.selectFrom("review_cards").select("item_id").where("item_id", "=", "dot-product").execute();
    expect(review).toHaveLength(1);
  });

  it("grades code sent for the sandbox on a worker, with the hidden tests, naming none of them", async () => {
    const response = await post("/api/exercises/bayes-rule/attempts", { runtime: "sandbox", code: FITTED_TO_VISIBLE });
    const recorded = response.json<AttemptResponse>();
    expect(recorded.attempt.verification).toBe("verifying");
    expect(recorded.result.message).toMatch(/Waiting for Stepwise's sandbox/);
    const after = await verified(app, cookie, "bayes-rule", recorded.attempt.id);
    expect(after.result.status).toBe("fail");
    expect(after.result.message).toMatch(/passes the visible tests but not all of Stepwise's hidden tests/);
    expect(JSON.stringify(after)).not.toMatch(/grid_of_priors|nan_argument|hidden_test/);
    expect(after.solved).toBe(false);
    // The visible tests alone, through POST /api/run, pass: only the hidden ones catch it.
    const visibleOnly = await post("/api/run", { exerciseId: "bayes-rule", code: FITTED_TO_VISIBLE, runtime: "sandbox" });
    expect(visibleOnly.json<GradingResult>().status).toBe("pass");
  });

  it("shows administrators the queue: nothing waiting, the verified count, and this process as a live worker", async () => {
    const status = (await get("/api/admin/grading")).json<GradingStatusResponse>();
    expect(status).toMatchObject({
      enabled: true,
      backend: dialect === "postgres" ? "postgres" : "in-process",
      waiting: 0,
      oldestWaitSeconds: null,
      unverifiable: 0,
    });
    expect(status.verifiedLastHour).toBe(3);
    expect(status.workers.some((worker) => worker.live && worker.pid === process.pid)).toBe(true);
  });

  it("says which attempt does not exist, and keeps other learners' attempts to themselves", async () => {
    const mine = (
      await post("/api/exercises/dot-product/attempts", { runtime: "sandbox", code: "x = 1\n" })
    ).json<AttemptResponse>();
    const missing = await get("/api/exercises/dot-product/attempts/no-such-attempt");
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ message: string }>().message).toMatch(/You have no attempt "no-such-attempt"/);
    const grace = (await signUp(app, "grace@example.org", "Grace")).cookie;
    const theirs = await app.inject({
      method: "GET",
      url: `/api/exercises/dot-product/attempts/${mine.attempt.id}`,
      headers: { host: "localhost", cookie: grace },
    });
    expect(theirs.statusCode).toBe(404);
    await verified(app, cookie, "dot-product", mine.attempt.id);
  });
});

describe.each(DIALECTS)("attempts left verifying when a Stepwise stopped (%s)", (dialect) => {
  it("are verified when it starts again", async () => {
    const server = await startMultiUserServer(dialect, { sandbox: SANDBOX });
    try {
      const cookie = (await signUp(server.app, "ada@example.org", "Ada")).cookie;
      const userId = (
        await server.app.db.selectFrom("users").select("id").where("email", "=", "ada@example.org").executeTakeFirstOrThrow()
      ).id;
      // As a crash would leave it: recorded, never graded.
      await server.app.db
        .insertInto("exercise_attempts")
        .values({
          id: "left-behind",
          user_id: userId,
          exercise_id: "dot-product",
          code: solutionOf("dot-product"),
          runtime: "browser",
          status: "pass",
          tests_passed: 3,
          tests_total: 3,
          result_json: JSON.stringify(browserResult("pass", 3)),
          duration_ms: 12,
          created_at: new Date().toISOString(),
          self_reported: 1,
          verification: "verifying",
        })
        .execute();
      const app = await server.restart();
      const after = await verified(app, cookie, "dot-product", "left-behind");
      expect(after.attempt, after.result.message).toMatchObject({ verification: "verified", status: "pass" });
      expect(after.solved).toBe(true);
    } finally {
      await server.destroy();
    }
  }, 90_000);
});

describe("a Stepwise with the sandbox off", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server.destroy());

  it("refuses sandboxed runs and attempts with 403, saying how to turn it on, and records nothing", async () => {
    for (const [url, payload] of [
      ["/api/run", { exerciseId: "dot-product", code: "x", runtime: "sandbox" }],
      ["/api/exercises/dot-product/attempts", { runtime: "sandbox", code: "x" }],
    ] as const) {
      const response = await server.app.inject({ method: "POST", url, payload });
      expect(response.statusCode).toBe(403);
      expect(response.json<{ message: string }>().message).toMatch(/STEPWISE_SANDBOX=on/);
    }
    const attempts = await server.app.db.selectFrom("exercise_attempts").select("id").execute();
    expect(attempts).toEqual([]);
    expect((await server.app.inject({ method: "GET", url: "/api/python" })).json()).toMatchObject({
      sandbox: { enabled: false },
    });
  });
});
