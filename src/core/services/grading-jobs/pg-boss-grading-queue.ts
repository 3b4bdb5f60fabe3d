import { CompiledQuery } from "kysely";
import { PgBoss } from "pg-boss";
import type { Database } from "../../db/database-schema.js";
import { GRADING_RETRY_DELAY_SECONDS, GRADING_TRIES, type GradingQueue, type GradingWorker } from "./grading-queue.js";

const QUEUE = "grade-attempt";
const GIVEN_UP = "grade-attempt-given-up";
/** A worker that stops sending heartbeats (killed, frozen, cut off) loses its job to another after this. */
const HEARTBEAT_SECONDS = 10;
/** How often an instance looks for such jobs, and for expired ones. */
const SUPERVISE_SECONDS = 5;
/** A grading that runs longer than this is taken as lost: far beyond any exercise's time limit. */
const EXPIRE_SECONDS = 300;

interface GradeJob {
  readonly attemptId: string;
}

export interface PgBossQueueOptions {
  /** Shown to administrators among the workers: "app" or "worker". */
  readonly name: string;
  /** Whether this process will work on the queue: only such processes are listed as workers. */
  readonly works: boolean;
  /** Told of the queue's own errors (a lost connection, a failed maintenance pass); it carries on. */
  readonly onError: (error: Error) => void;
}

/**
 * The grading queue on PostgreSQL, through pg-boss (docs/adr/0008-grading-queue-on-pg-boss.md says why
 * pg-boss): jobs are rows claimed with SKIP LOCKED by any number of app instances and
 * `stepwise worker` processes; a job whose worker stops sending heartbeats comes back after
 * {@link HEARTBEAT_SECONDS}; a failing job is retried with exponential backoff, then moved to a
 * dead-letter queue, whose worker marks the attempt unverifiable. pg-boss keeps its tables in
 * their own schema, `pgboss`, and migrates them itself.
 */
export async function pgBossGradingQueue(connectionString: string, options: PgBossQueueOptions): Promise<GradingQueue> {
  const boss = new PgBoss({
    connectionString,
    max: 4,
    instanceName: options.name,
    registerInstance: options.works,
    instanceHeartbeatSeconds: SUPERVISE_SECONDS * 2,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    useListenNotify: true,
  });
  boss.on("error", options.onError);
  await boss.start();
  await boss.createQueue(GIVEN_UP);
  await boss.createQueue(QUEUE, {
    // One job per attempt waits at a time, however often it is queued again.
    policy: "short",
    retryLimit: GRADING_TRIES - 1,
    retryDelay: GRADING_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: EXPIRE_SECONDS,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    deadLetter: GIVEN_UP,
    notify: true,
  });
  const send = (attemptId: string, trx?: Database) =>
    boss.send(QUEUE, { attemptId } satisfies GradeJob, { singletonKey: attemptId, ...(trx ? { db: inTransaction(trx) } : {}) });

  return {
    backend: "postgres",
    async enqueue(trx, attemptId) {
      await send(attemptId, trx);
    },
    async work(handlers, concurrency) {
      for (const attemptId of await handlers.waiting()) await send(attemptId);
      // One loop takes a batch of jobs and grades them side by side, each settled on its own (a
      // failure retries that job only). While batches come back full it fetches again at once; else
      // it waits for PostgreSQL to announce a new job (LISTEN/NOTIFY), polling as a backstop.
      await boss.work<GradeJob>(
        QUEUE,
        {
          batchSize: Math.max(2, concurrency),
          burstWhenBatchFull: true,
          perJobResults: true,
          pollingIntervalSeconds: 0.5,
          notifyPollingIntervalSeconds: 2,
        },
        (jobs) =>
          Promise.all(
            jobs.map(async (job) => {
              try {
                await handlers.verify(job.data.attemptId);
                return { id: job.id, status: "completed" as const };
              } catch (error) {
                return { id: job.id, status: "failed" as const, output: { message: (error as Error).message } };
              }
            }),
          ),
      );
      await boss.work<GradeJob>(GIVEN_UP, { pollingIntervalSeconds: 2 }, async ([job]) => {
        if (job) await handlers.giveUp(job.data.attemptId);
      });
    },
    async workers(): Promise<GradingWorker[]> {
      const instances = await boss.getInstances();
      // Only processes that work on the queue register; one stopped on purpose is gone, one that went quiet is listed as not live.
      return instances
        .filter((instance) => instance.stoppedOn === null)
        .map((instance) => ({
          name: instance.name ?? "worker",
          host: instance.host,
          pid: instance.pid,
          startedAt: instance.startedOn.toISOString(),
          lastSeenAt: instance.heartbeatOn.toISOString(),
          live: instance.live,
          concurrency: instance.workers.find((worker) => worker.queue === QUEUE)?.batchSize ?? null,
        }));
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000 });
    },
  };
}

/** pg-boss's statements run on the given transaction, so a job commits (or not) with the attempt it verifies. */
function inTransaction(trx: Database) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await trx.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}
