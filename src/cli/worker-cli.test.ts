import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttemptResponse, AttemptStatusResponse, GradingStatusResponse } from "../shared/api/index.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { jsonFromPage, signUp, startMultiUserServer } from "../server/test-support/accounts.js";
import { browserResult } from "../server/test-support/browser-results.js";
import { DIALECTS, type TestServer } from "../server/test-support/test-dialects.js";
import { runStepwiseWith, startStepwise, type RunningStepwise } from "./test-support/run-stepwise.js";

const SANDBOX_PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";
const solution = testCurriculum().exercisesById.get("dot-product")?.solution ?? "";
const scratch = mkdtempSync(join(tmpdir(), "stepwise-worker-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Resolves once `pattern` shows in what the command printed on stderr (or fails after `ms`). */
async function printed(command: RunningStepwise, pattern: RegExp, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(command.stderr())) {
    if (Date.now() > deadline) throw new Error(`never printed ${pattern}:\n${command.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("stepwise worker", () => {
  it("refuses without PostgreSQL, saying a SQLite Stepwise needs none", async () => {
    const result = await runStepwiseWith(scratch, { DATABASE_URL: undefined }, "worker");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /set DATABASE_URL to the shared Stepwise's postgres:\/\/ URL.*SQLite Stepwise grades in its own process/s,
    );
    const badConcurrency = await runStepwiseWith(scratch, {}, "worker", "--concurrency", "0");
    expect(badConcurrency.code).toBe(2);
    expect(badConcurrency.stderr).toMatch(/--concurrency must be a whole number from 1 to 64/);
  });
});

// Workers share PostgreSQL's queue; a SQLite Stepwise grades in its own process (sandbox-grading.test.ts).
describe.each(DIALECTS.filter((dialect) => dialect === "postgres"))("stepwise worker on %s", () => {
  let server: TestServer;
  let app: FastifyInstance;
  let cookie = "";
  let env: Record<string, string>;
  const workers: RunningStepwise[] = [];
  const startWorker = () => {
    const worker = startStepwise(scratch, env, "worker", "--concurrency", "2");
    workers.push(worker);
    return worker;
  };
  const attempt = async (code: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      headers: jsonFromPage(cookie),
      payload: { runtime: "browser", code, result: browserResult("pass", 3) },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AttemptResponse>().attempt.id;
  };
  const status = async (attemptId: string) =>
    (
      await app.inject({
        method: "GET",
        url: `/api/exercises/dot-product/attempts/${attemptId}`,
        headers: { host: "localhost", cookie },
      })
    ).json<AttemptStatusResponse>();
  const verified = async (attemptId: string) => {
    const deadline = Date.now() + 90_000;
    let current = await status(attemptId);
    while (current.attempt.verification === "verifying" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await status(attemptId);
    }
    return current;
  };

  beforeAll(async () => {
    // An app instance that only queues: the workers grade.
    server = await startMultiUserServer("postgres", { sandbox: { enabled: true, python: SANDBOX_PYTHON, appWorker: false } });
    app = server.app;
    cookie = (await signUp(app, "ada@example.org", "Ada")).cookie;
    env = { DATABASE_URL: app.config.databaseUrl as string, STEPWISE_SANDBOX_PYTHON: SANDBOX_PYTHON };
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers) worker.child.kill("SIGKILL");
    await server.destroy();
  });

  it("grades what the app queued, and administrators see it among the workers", async () => {
    const attemptId = await attempt(solution);
    // Nobody grades in the app: the attempt waits.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await status(attemptId)).attempt.verification).toBe("verifying");
    const backlog = (
      await app.inject({ method: "GET", url: "/api/admin/grading", headers: { host: "localhost", cookie } })
    ).json<GradingStatusResponse>();
    expect(backlog).toMatchObject({ backend: "postgres", waiting: 1, workers: [] });
    expect(backlog.oldestWaitSeconds).toBeGreaterThanOrEqual(1);

    const worker = startWorker();
    const after = await verified(attemptId);
    expect(after.attempt, worker.stderr()).toMatchObject({ verification: "verified", status: "pass", runtime: "sandbox" });
    expect(after.solved).toBe(true);
    expect(worker.stderr()).toMatch(new RegExp(`verified attempt ${attemptId} in \\d+ ms`));
    const seen = (
      await app.inject({ method: "GET", url: "/api/admin/grading", headers: { host: "localhost", cookie } })
    ).json<GradingStatusResponse>();
    expect(seen.waiting).toBe(0);
    expect(seen.workers).toEqual([expect.objectContaining({ name: "worker", live: true, pid: worker.child.pid })]);
  }, 120_000);

  it("loses nothing when a worker is killed mid-grading: another worker finishes the job", async () => {
    const [first] = workers;
    if (!first) throw new Error("the first test starts a worker");
    // Slow enough at import to be killed while it runs.
    const attemptId = await attempt(`import time\ntime.sleep(3)\n${solution}`);
    await printed(first, new RegExp(`grading attempt ${attemptId}`));
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    expect((await status(attemptId)).attempt.verification, first.stderr()).toBe("verifying");

    const second = startWorker();
    const after = await verified(attemptId);
    expect(after.attempt, second.stderr()).toMatchObject({ verification: "verified", status: "pass" });
    expect(second.stderr()).toMatch(new RegExp(`verified attempt ${attemptId}`));

    // Stopped politely, a worker finishes and says so.
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(second.stderr()).toMatch(/SIGTERM: finishing the jobs in hand, then stopping[\s\S]*stopped/);
  }, 150_000);
});
