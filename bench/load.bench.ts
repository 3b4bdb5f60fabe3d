/**
 * `npm run bench:load` — a cohort's traffic against two app instances on one PostgreSQL.
 *
 * 200 simulated learners (LOAD_LEARNERS), each with an account of their own and signed in before
 * the clock starts, work for 60 s (LOAD_SECONDS): they browse the roadmap, stages, topics and
 * exercises, save topic statuses, notes and drafts, answer quizzes, send attempts (queued for the
 * sandbox's verification) and submit to the projects within their daily limit. Each learner waits
 * LOAD_THINK_MS (default 1000 ms, ±50 %) between steps, and every request goes to the next
 * instance in turn, as a round-robin load balancer would send it. Any answer of 400 or more, or no
 * answer, counts as an error (the traffic stays within every documented limit, so a 429 is an
 * error too). Prints p50/p99 per route and exits with 1 if there was any error.
 *
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (as bench:queue); the benchmark makes a
 * database of its own there and drops it at the end. The instances are `npm start`'s
 * server in multi-user mode with STEPWISE_SANDBOX=on and STEPWISE_APP_WORKER=off: attempts wait
 * for a grading worker, and none runs, so grading takes no CPU from the apps (bench:queue measures
 * grading).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "../src/core/accounts/auth.js";
import { fileMailSender } from "../src/core/accounts/mail-sender.js";
import { loadConfig } from "../src/core/config.js";
import { loadCurriculum } from "../src/core/content/load-curriculum.js";
import { openDatabase } from "../src/core/db/database.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { freePort } from "../src/server/test-support/free-port.js";
import { serverReady, startServerProcess } from "../src/server/test-support/server-process.js";
import { createTestDatabase } from "../src/server/test-support/test-dialects.js";
import { LoadClient, json, type Sample, type Site } from "./load-client.js";
import { SimulatedLearner, worldOf, type LoadWorld } from "./load-learner.js";
import { ms, quantile } from "./stats.js";

const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1000);
const INSTANCES = 2;
const PASSWORD = "a load-test passphrase";

process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
if (!process.env.TEST_DATABASE_URL) {
  console.error(
    "Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test",
  );
  process.exit(2);
}
const database = await createTestDatabase();
const dataDir = mkdtempSync(join(tmpdir(), "stepwise-load-"));
const ports = await Promise.all(Array.from({ length: INSTANCES }, () => freePort()));
const publicUrl = `http://127.0.0.1:${ports[0]}`;
const env = {
  DATABASE_URL: database.url,
  STEPWISE_DATA_DIR: dataDir,
  STEPWISE_MODE: "multi",
  STEPWISE_AUTH_SECRET: "a-load-test-secret-that-is-long-enough-0123456789",
  STEPWISE_PUBLIC_URL: publicUrl,
  // Every learner signs in from this one address, as a classroom behind a NAT would.
  STEPWISE_SIGN_IN_LIMIT: String(LEARNERS * 2),
  STEPWISE_SANDBOX: "on",
  STEPWISE_APP_WORKER: "off",
};
const servers: ChildProcess[] = [];
let stopping = false;

try {
  // One after the other: the first migrates the new database.
  for (const port of ports) {
    const server = startServerProcess(port, env);
    let stderr = "";
    server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    server.once("exit", (code, signal) => {
      if (!stopping) console.error(`an instance stopped during the benchmark (${code ?? signal}):\n${stderr}`);
    });
    servers.push(server);
    await serverReady(`http://127.0.0.1:${port}`);
  }
  const site: Site = { publicUrl, instances: ports.map((port) => `http://127.0.0.1:${port}`) };
  const curriculum = loadCurriculum(join(PROJECT_ROOT, "content"));

  const accountsStarted = performance.now();
  const emails = await createAccounts();
  console.log(`${LEARNERS} accounts created in ${ms((performance.now() - accountsStarted) / 1000)} s`);

  const samples: Sample[] = [];
  let measuring = false;
  const record = (sample: Sample) => {
    if (measuring) samples.push(sample);
  };
  const clients = emails.map((_, index) => new LoadClient(site, record, index));
  const signInStarted = performance.now();
  await Promise.all(clients.map((client, index) => signIn(client, emails[index] as string)));
  console.log(`${LEARNERS} learners signed in in ${ms((performance.now() - signInStarted) / 1000)} s`);

  const world: LoadWorld = { ...worldOf(curriculum), projects: await projectsOf(clients[0] as LoadClient) };
  const learners = clients.map((client) => new SimulatedLearner(client, world));

  console.log(`${LEARNERS} learners for ${SECONDS} s against ${INSTANCES} instances on PostgreSQL…`);
  measuring = true;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const think = () => new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
  await Promise.all(
    learners.map(async (learner) => {
      // Spread the first steps over one think time, as learners do not all click at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * THINK_MS));
      while (performance.now() < deadline) {
        await learner.step();
        await think();
      }
    }),
  );
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  for (const client of clients) client.close();
  report(samples, elapsed);
  process.exitCode = samples.some((sample) => sample.error !== null) ? 1 : 0;
} finally {
  stopping = true;
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(
    servers.map((server) => new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)))),
  );
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Accounts made on the database directly (as `stepwise admin create` does), so that sign-up's limits do not slow the setup. */
async function createAccounts(): Promise<string[]> {
  const config = loadConfig({ ...process.env, ...env }, PROJECT_ROOT);
  if (!config.multiUser) throw new Error("the benchmark's settings are not multi-user");
  const { db, dialect } = await openDatabase(config);
  try {
    const auth = createAuth({ db, dialect, settings: config.multiUser, mail: fileMailSender(config.dataDir, () => undefined) });
    const emails = Array.from({ length: LEARNERS }, (_, index) => `learner${index + 1}@load.example.org`);
    for (const [index, email] of emails.entries())
      await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: `Learner ${index + 1}` } });
    await db
      .updateTable("users")
      .set({ email_verified: dialect === "postgres" ? true : 1 })
      .execute();
    return emails;
  } finally {
    await db.destroy();
  }
}

async function signIn(client: LoadClient, email: string): Promise<void> {
  const answer = await client.send(
    "POST /api/auth/sign-in/email",
    "POST",
    "/api/auth/sign-in/email",
    json({ email, password: PASSWORD }),
  );
  const cookies = answer?.status === 200 ? answer.headers["set-cookie"] : undefined;
  const session = (Array.isArray(cookies) ? cookies : []).find((cookie) => cookie.includes("session_token="));
  if (!session) throw new Error(`${email} could not sign in (${answer?.status ?? "no answer"}): ${answer?.body ?? ""}`);
  client.cookie = session.split(";")[0] as string;
}

/** Every project's sample submission (a valid file) and daily limit, as a learner's page reads them. */
async function projectsOf(client: LoadClient): Promise<LoadWorld["projects"]> {
  const list = await client.send("GET /api/projects", "GET", "/api/projects");
  if (list?.status !== 200) throw new Error(`GET /api/projects failed: ${list?.body ?? "no answer"}`);
  const projects = (JSON.parse(list.body) as { projects: { id: string }[] }).projects;
  return Promise.all(
    projects.map(async ({ id }) => {
      const detail = await client.send("GET /api/projects/:projectId", "GET", `/api/projects/${id}`);
      const sample = await client.send(
        "GET /api/projects/:projectId/files/:file",
        "GET",
        `/api/projects/${id}/files/sample_submission.csv`,
      );
      if (detail?.status !== 200 || sample?.status !== 200) throw new Error(`could not read project ${id}`);
      const { limits } = JSON.parse(detail.body) as { limits: { dailySubmissions: number } };
      return { id, csv: sample.body, dailyLimit: limits.dailySubmissions };
    }),
  );
}

function report(samples: readonly Sample[], elapsed: number): void {
  const byRoute = new Map<string, Sample[]>();
  for (const sample of samples) byRoute.set(sample.route, [...(byRoute.get(sample.route) ?? []), sample]);
  const errors = samples.filter((sample) => sample.error !== null);
  console.log(
    `\n${samples.length} requests in ${elapsed.toFixed(1)} s (${(samples.length / elapsed).toFixed(0)}/s), ${errors.length} errors; ` +
      `${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}, Node ${process.version}\n`,
  );
  console.log("| route | requests | errors | p50 ms | p99 ms |\n|---|---|---|---|---|");
  for (const [route, list] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    const times = list.map((sample) => sample.ms);
    const failed = list.filter((sample) => sample.error !== null).length;
    console.log(`| ${route} | ${list.length} | ${failed} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.99))} |`);
  }
  const all = samples.map((sample) => sample.ms);
  console.log(`| all | ${samples.length} | ${errors.length} | ${ms(quantile(all, 0.5))} | ${ms(quantile(all, 0.99))} |`);
  const reasons = new Map<string, number>();
  for (const error of errors) {
    const key = `${error.route} → ${error.status}: ${error.error}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  for (const [reason, count] of reasons) console.log(`  ${count}× ${reason}`);
}
