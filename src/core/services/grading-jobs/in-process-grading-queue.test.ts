import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/database.js";
import { ensureLocalLearner, LOCAL_LEARNER_ID } from "../../db/users.repository.js";
import { testCurriculum } from "../../test-support/test-curriculum.js";
import { createSandboxRuntime } from "../../../runner/sandbox/sandbox-runtime.js";
import { sandboxUsers } from "../../../runner/sandbox/sandbox-host.js";
import type { PythonRuntime } from "../../../runner/python-runtime.js";
import { gradingBacklog, retryGivenUp } from "./grading-backlog.js";
import { GRADING_TRIES, type GradingQueue } from "./grading-queue.js";
import { inProcessGradingQueue } from "./in-process-grading-queue.js";
import { gradingHandlers } from "./verify-attempt.js";

const curriculum = testCurriculum();
const SANDBOX_PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";
const solution = curriculum.exercisesById.get("dot-product")?.solution ?? "";

describe.runIf(process.platform === "linux")("the queue of a single SQLite Stepwise", { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "stepwise-queue-"));
  let db: Database;
  const runtimes: PythonRuntime[] = [];
  const queues: GradingQueue[] = [];
  const sandbox = (python: string) => {
    const runtime = createSandboxRuntime({ python, ...sandboxUsers(), concurrency: 1 });
    runtimes.push(runtime);
    return runtime;
  };
  /** A queue working with `python` as the sandbox's interpreter; counts the verifications it starts. */
  const working = async (python: string) => {
    const queue = inProcessGradingQueue({ retryDelayMs: 20 });
    queues.push(queue);
    const handlers = gradingHandlers(db, curriculum, sandbox(python));
    const started: string[] = [];
    await queue.work({ ...handlers, verify: (id) => (started.push(id), handlers.verify(id)) }, 1);
    return { queue, started };
  };
  const waiting = async (id: string, code: string) => {
    await db
      .insertInto("exercise_attempts")
      .values({
        id,
        user_id: LOCAL_LEARNER_ID,
        exercise_id: "dot-product",
        code,
        runtime: "browser",
        status: "pass",
        tests_passed: 3,
        tests_total: 3,
        result_json: "{}",
        duration_ms: 1,
        created_at: new Date().toISOString(),
        verification: "verifying",
      })
      .execute();
  };
  const settled = async (id: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const row = await db
        .selectFrom("exercise_attempts")
        .select(["verification", "status"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      if (row.verification !== "verifying" || Date.now() > deadline) return row;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    db = (await openDatabase({ dataDir })).db;
    await ensureLocalLearner(db);
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.stop()));
    await Promise.all(runtimes.map((runtime) => runtime.close()));
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("retries a job the host could not grade, then gives the attempt up as unverifiable", async () => {
    // No such interpreter: every try fails because of the host, not the code.
    const { queue, started } = await working("/usr/bin/python3-not-installed");
    await waiting("host-broken", solution);
    await queue.enqueue(db, "host-broken");
    expect(await settled("host-broken")).toEqual({ verification: "unverifiable", status: "pass" });
    expect(started).toEqual(Array.from({ length: GRADING_TRIES }, () => "host-broken"));
    await queue.stop();

    const backlog = await gradingBacklog(db, new Date());
    expect(backlog).toMatchObject({ waiting: 0, unverifiable: 1 });
    expect(backlog.givenUp).toEqual([expect.objectContaining({ attemptId: "host-broken", exerciseId: "dot-product" })]);
    // Given up is not solved.
    const solved = await db.selectFrom("review_cards").select("item_id").execute();
    expect(solved).toEqual([]);
  });

  it("grades a given-up attempt once an administrator sends it back to a working queue, and audits that", async () => {
    const { queue } = await working(SANDBOX_PYTHON);
    const actor = { id: LOCAL_LEARNER_ID, name: "Ada" };
    expect(await retryGivenUp(db, queue, actor, new Date())).toBe(1);
    expect(await settled("host-broken")).toEqual({ verification: "verified", status: "pass" });
    const audit = await db.selectFrom("audit_log").select(["action", "details"]).execute();
    expect(audit).toEqual([{ action: "grading.retried", details: JSON.stringify({ attempts: 1 }) }]);
    expect(await retryGivenUp(db, queue, actor, new Date())).toBe(0);
  });

  it("never retries a learner's failing code: one try, and the verdict is a failure", async () => {
    const { queue, started } = await working(SANDBOX_PYTHON);
    await waiting("wrong-code", "def dot(u, v):\n    return 0\n");
    await queue.enqueue(db, "wrong-code");
    expect(await settled("wrong-code")).toEqual({ verification: "verified", status: "fail" });
    expect(started).toEqual(["wrong-code"]);
  });

  it("picks up, when it starts, attempts left verifying by a process that stopped", async () => {
    await waiting("left-behind", solution);
    const { started } = await working(SANDBOX_PYTHON);
    expect(await settled("left-behind")).toEqual({ verification: "verified", status: "pass" });
    expect(started).toContain("left-behind");
  });
});
