// npm run bench:queue — the grading queue on PostgreSQL (issue 15, item 7 b and c):
//  (b) one worker's throughput and queue-to-verified latency grading real attempts in the sandbox, beside the same worker
//      on the native runtime (no sandbox) in the same run, so the ratio is the sandbox's overhead;
//  (c) the queue's own delay from enqueue to the start of a job, with jobs sent at 100 a second.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL: a scratch database is made and dropped) and, for (b), bubblewrap.
// Prints Markdown; copy it into bench/README.md.
import { availableParallelism, cpus } from "node:os";
import { openDatabase, type Database } from "../src/core/db/database.js";
import { ensureLocalLearner, LOCAL_LEARNER_ID } from "../src/core/db/users.repository.js";
import { pgBossGradingQueue } from "../src/core/services/grading-jobs/pg-boss-grading-queue.js";
import { gradingHandlers } from "../src/core/services/grading-jobs/verify-attempt.js";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { createNativeRuntime } from "../src/runner/native/native-runtime.js";
import type { PythonRuntime } from "../src/runner/python-runtime.js";
import { createSandboxRuntime } from "../src/runner/sandbox/sandbox-runtime.js";
import { sandboxProblem, sandboxUsers } from "../src/runner/sandbox/sandbox-host.js";
import { createTestDatabase } from "../src/server/test-support/test-dialects.js";
import { ms, quantile } from "./stats.js";

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SANDBOX_PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";
const curriculum = testCurriculum();
const exercise = curriculum.exercisesById.get("bayes-rule");
if (!exercise) throw new Error("the curriculum has no bayes-rule exercise");
const concurrency = availableParallelism();

process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
if (!process.env.TEST_DATABASE_URL) {
  console.error(
    "Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test",
  );
  process.exit(2);
}

/** Queues `ATTEMPTS` verifying attempts at once and has one worker grade them on `runtime`. */
async function throughput(label: string, runtime: PythonRuntime) {
  const database = await createTestDatabase();
  const { db } = await openDatabase({ databaseUrl: database.url, dataDir: "/nonexistent" });
  try {
    await ensureLocalLearner(db);
    const queue = await pgBossGradingQueue(database.url, { name: label, works: true, onError: (error) => console.error(error) });
    const ids = Array.from({ length: ATTEMPTS }, (_, index) => `${label}-${index}`);
    await db.transaction().execute(async (trx) => {
      for (const id of ids) {
        await insertVerifying(trx, id);
        await queue.enqueue(trx, id);
      }
    });
    const started = performance.now();
    await queue.work(gradingHandlers(db, curriculum, runtime), concurrency);
    await until(async () => (await countVerifying(db)) === 0);
    const seconds = (performance.now() - started) / 1000;
    await queue.stop();
    const rows = await db.selectFrom("exercise_attempts").select(["created_at", "verified_at", "status"]).execute();
    const latencies = rows.map((row) => Date.parse(row.verified_at ?? "") - Date.parse(row.created_at));
    const passed = rows.filter((row) => row.status === "pass").length;
    return {
      label,
      seconds,
      perSecond: ATTEMPTS / seconds,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      passed,
    };
  } finally {
    await db.destroy();
    await database.drop();
  }
}

/** Sends jobs at `RATE` a second for `SECONDS` and measures how long each waits before a worker starts it. */
async function queueDelay() {
  const database = await createTestDatabase();
  const { db } = await openDatabase({ databaseUrl: database.url, dataDir: "/nonexistent" });
  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  try {
    const queue = await pgBossGradingQueue(database.url, {
      name: "delay",
      works: true,
      onError: (error) => console.error(error),
    });
    await queue.work(
      {
        verify: async (id) => void delays.push(performance.now() - (sentAt.get(id) ?? Number.NaN)),
        giveUp: async () => undefined,
        waiting: async () => [],
      },
      8,
    );
    const total = RATE * SECONDS;
    const begun = performance.now();
    for (let index = 0; index < total; index += 1) {
      const due = begun + (index * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const id = `job-${index}`;
      sentAt.set(id, performance.now());
      await queue.enqueue(db, id);
    }
    const sentRate = total / ((performance.now() - begun) / 1000);
    await until(async () => delays.length >= total);
    await queue.stop();
    return { sentRate, p50: quantile(delays, 0.5), p99: quantile(delays, 0.99), max: Math.max(...delays) };
  } finally {
    await db.destroy();
    await database.drop();
  }
}

async function insertVerifying(db: Database, id: string): Promise<void> {
  await db
    .insertInto("exercise_attempts")
    .values({
      id,
      user_id: LOCAL_LEARNER_ID,
      exercise_id: exercise?.id ?? "",
      code: exercise?.solution ?? "",
      runtime: "browser",
      status: "pass",
      tests_passed: 0,
      tests_total: 0,
      result_json: "{}",
      duration_ms: 0,
      created_at: new Date().toISOString(),
      verification: "verifying",
    })
    .execute();
}

async function countVerifying(db: Database): Promise<number> {
  const row = await db
    .selectFrom("exercise_attempts")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("verification", "=", "verifying")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("the queue did not finish within 10 minutes");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const host = { python: SANDBOX_PYTHON, ...sandboxUsers() };
const problem = await sandboxProblem(host);
const runtimes: [string, PythonRuntime][] = [["native", createNativeRuntime({ python: SANDBOX_PYTHON })]];
if (problem) console.error(`No sandbox row: ${problem}`);
else runtimes.push(["sandbox", createSandboxRuntime({ ...host, concurrency })]);

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}; ${exercise.id} (visible + hidden tests), ${ATTEMPTS} attempts queued at once, one worker grading ${concurrency} at a time.\n`,
);
console.log("| runtime | gradings/s | queue-to-verified p50 | p99 | passed |");
console.log("|---|---|---|---|---|");
const results = [];
for (const [label, runtime] of runtimes) {
  const result = await throughput(label, runtime);
  results.push(result);
  console.log(
    `| ${label} | ${result.perSecond.toFixed(1)} | ${ms(result.p50)} ms | ${ms(result.p99)} ms | ${result.passed}/${ATTEMPTS} |`,
  );
  await runtime.close();
}
const [native, sandbox] = results;
if (native && sandbox)
  console.log(`\nThe sandbox grades at ${(sandbox.perSecond / native.perSecond).toFixed(2)}× the native runtime's rate.`);

const delay = await queueDelay();
console.log(
  `\nQueue delay, enqueue to start, ${RATE * SECONDS} jobs sent at ${delay.sentRate.toFixed(0)}/s: p50 ${ms(delay.p50)} ms, p99 ${ms(delay.p99)} ms, max ${ms(delay.max)} ms.`,
);
