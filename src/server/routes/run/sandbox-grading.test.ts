import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttemptResponse } from "../../../shared/api/index.js";
import type { GradingResult } from "../../../shared/grading/result.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const SANDBOX = { enabled: true, python: process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3" };
const solutionOf = (id: string) => testCurriculum().exercisesById.get(id)?.solution ?? "";

describe.each(DIALECTS)("grading in the sandbox on a shared Stepwise (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let cookie = "";
  const post = (url: string, payload: object) => app.inject({ method: "POST", url, headers: jsonFromPage(cookie), payload });

  beforeAll(async () => {
    server = await startMultiUserServer(dialect, { sandbox: SANDBOX });
    app = server.app;
    cookie = (await signUp(app, "ada@example.org", "Ada")).cookie;
  }, 60_000);
  afterAll(() => server.destroy());

  it("records a sandboxed attempt as verified, not self-reported, and counts the solve", async () => {
    const response = await post("/api/exercises/pivot-weather-counts/attempts", {
      runtime: "sandbox",
      code: solutionOf("pivot-weather-counts"),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AttemptResponse>();
    expect(body.result).toMatchObject({ status: "pass", runtime: "sandbox" });
    expect(body.attempt).toMatchObject({ runtime: "sandbox", selfReported: false });
    expect(body.newlySolved).toBe(true);
  });

  it("counts a sandboxed solve only when the hidden tests pass too, without telling what they check", async () => {
    // Right on every visible case, but lets NaN through, which a hidden test tries.
    const fitted = [
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
    const visibleOnly = await post("/api/run", { exerciseId: "bayes-rule", code: fitted, runtime: "sandbox" });
    expect(visibleOnly.json<GradingResult>().status).toBe("pass");
    const attempt = await post("/api/exercises/bayes-rule/attempts", { runtime: "sandbox", code: fitted });
    const body = attempt.json<AttemptResponse>();
    expect(body.result.status).toBe("fail");
    expect(body.result.message).toMatch(/passes the visible tests but not all of Stepwise's hidden tests/);
    expect(body.solved).toBe(false);
    expect(attempt.body).not.toMatch(/grid_of_priors|nan_argument|hidden_test/);
    const solved = await post("/api/exercises/bayes-rule/attempts", { runtime: "sandbox", code: solutionOf("bayes-rule") });
    expect(solved.json<AttemptResponse>()).toMatchObject({ result: { status: "pass" }, solved: true });
  });

  it("grades through POST /api/run in the sandbox, while the server's own Python stays off", async () => {
    const sandboxed = await post("/api/run", {
      exerciseId: "dot-product",
      code: "def dot(a, b):\n    return 0\n",
      runtime: "sandbox",
    });
    expect(sandboxed.statusCode).toBe(200);
    expect(sandboxed.json<GradingResult>()).toMatchObject({ status: "fail", runtime: "sandbox" });
    const native = await post("/api/run", { exerciseId: "dot-product", code: "x", runtime: "native" });
    expect(native.statusCode).toBe(403);
    // The page learns it may offer the sandbox.
    const settings = await app.inject({ method: "GET", url: "/api/python", headers: { host: "localhost", cookie } });
    expect(settings.json()).toMatchObject({ sandbox: { enabled: true }, serverPython: { enabled: false } });
  });
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
