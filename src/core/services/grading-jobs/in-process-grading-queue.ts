import { hostname } from "node:os";
import {
  GRADING_RETRY_DELAY_SECONDS,
  GRADING_TRIES,
  type GradingHandlers,
  type GradingQueue,
  type GradingWorker,
} from "./grading-queue.js";

/**
 * The queue of a single SQLite Stepwise (multi-user mode): jobs live in this process, and the
 * attempts table holds what waits, so a restart queues again whatever was verifying. Retries
 * wait `retryDelayMs` (5 s by default), then twice as long each time; after {@link GRADING_TRIES}
 * the attempt is given up.
 */
export function inProcessGradingQueue(options: { retryDelayMs?: number } = {}): GradingQueue {
  const retryDelayMs = options.retryDelayMs ?? GRADING_RETRY_DELAY_SECONDS * 1000;
  const pending: string[] = [];
  // Ids pending, running or waiting for a retry: each is in hand once.
  const held = new Set<string>();
  const tries = new Map<string, number>();
  const retryTimers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let handlers: GradingHandlers | null = null;
  let concurrency = 1;
  let startedAt = "";
  let stopping = false;

  const add = (attemptId: string) => {
    if (held.has(attemptId)) return;
    held.add(attemptId);
    pending.push(attemptId);
    pump();
  };
  const pump = () => {
    while (handlers && !stopping && running.size < concurrency && pending.length > 0) {
      const attemptId = pending.shift() as string;
      const job = grade(handlers, attemptId).finally(() => {
        running.delete(job);
        pump();
      });
      running.add(job);
    }
  };
  const grade = async (work: GradingHandlers, attemptId: string) => {
    try {
      await work.verify(attemptId);
      held.delete(attemptId);
      tries.delete(attemptId);
    } catch {
      const tried = (tries.get(attemptId) ?? 0) + 1;
      tries.set(attemptId, tried);
      if (tried >= GRADING_TRIES) {
        tries.delete(attemptId);
        held.delete(attemptId);
        await work.giveUp(attemptId).catch(() => undefined);
        return;
      }
      const timer = setTimeout(
        () => {
          retryTimers.delete(timer);
          pending.push(attemptId);
          pump();
        },
        retryDelayMs * 2 ** (tried - 1),
      );
      retryTimers.add(timer);
    }
  };

  return {
    backend: "in-process",
    async enqueue(_trx, attemptId) {
      // After the current transaction: the job reads the attempt it commits.
      setImmediate(() => add(attemptId));
    },
    async work(given, jobsAtOnce) {
      handlers = given;
      concurrency = jobsAtOnce;
      startedAt = new Date().toISOString();
      for (const attemptId of await given.waiting()) add(attemptId);
    },
    async workers(): Promise<GradingWorker[]> {
      if (!handlers || stopping) return [];
      const now = new Date().toISOString();
      return [{ name: "this Stepwise", host: hostname(), pid: process.pid, startedAt, lastSeenAt: now, live: true, concurrency }];
    },
    async stop() {
      stopping = true;
      for (const timer of retryTimers) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
