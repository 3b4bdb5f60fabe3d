import type { Database } from "../../db/database-schema.js";

/** What a worker does with the jobs it takes. */
export interface GradingHandlers {
  /** Verifies one attempt; throws (e.g. {@link GradingHostFailure}) when the host, not the code, failed, so the job is tried again. */
  verify(attemptId: string): Promise<void>;
  /** Every try failed: the attempt is given up (dead-lettered) and marked unverifiable. */
  giveUp(attemptId: string): Promise<void>;
  /** The attempts still verifying, oldest first: queued again when a worker starts, in case their jobs were lost. */
  waiting(): Promise<string[]>;
}

/** The host could not grade (no bubblewrap, no temporary folder…): worth another try later, unlike a learner's failing code. */
export class GradingHostFailure extends Error {}

/** A process working on grading jobs, as the queue last heard of it. */
export interface GradingWorker {
  readonly name: string;
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
  readonly lastSeenAt: string;
  readonly live: boolean;
  /** Jobs it grades at once; null until it has reported since it started working. */
  readonly concurrency: number | null;
}

/**
 * Where attempts wait for a grading worker. Two kinds: PostgreSQL's (pg-boss), which any number
 * of app instances and `stepwise worker` processes share, and one inside a single SQLite
 * Stepwise. Either way the attempts table says what still waits ("verifying"), so a queue
 * that lost its jobs (a crash, a restored backup) is refilled from it when a worker starts.
 */
export interface GradingQueue {
  readonly backend: "postgres" | "in-process";
  /** Queues an attempt's verification, in `trx` where the backend can, so the attempt and its job commit together. */
  enqueue(trx: Database, attemptId: string): Promise<void>;
  /** Works on the queue in this process, `concurrency` jobs at once, until {@link stop}. */
  work(handlers: GradingHandlers, concurrency: number): Promise<void>;
  /** The processes working on the queue (this one included), live or lately heard of. */
  workers(): Promise<GradingWorker[]>;
  /** Stops taking jobs and waits for those in hand. */
  stop(): Promise<void>;
}

/** Tries of a job before it is given up (dead-lettered) and its attempt marked unverifiable. */
export const GRADING_TRIES = 4;
/** Seconds before the first retry; each next waits about twice as long. */
export const GRADING_RETRY_DELAY_SECONDS = 5;
