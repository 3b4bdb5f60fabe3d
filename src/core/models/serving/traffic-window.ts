import type { Database } from "../../db/database-schema.js";
import {
  addServingMinutes,
  deleteServingMinutesBefore,
  servingMinutesSince,
  type ServingMinute,
} from "../../db/serving-minutes.repository.js";
import { addToHistogram, latencyBucket, latencyQuantile, mergeHistogram, type LatencyHistogram } from "./latency-histogram.js";

/** One minute of a model version's traffic, for the model page's charts. */
export interface MinuteStats {
  /** Start of the minute, ISO time. */
  readonly minute: string;
  readonly requests: number;
  readonly failures: number;
  /** Latency percentiles in milliseconds, null in a minute without requests. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
}

export interface TrafficWindowOptions {
  /** How often this instance adds what it served to the database. */
  readonly flushIntervalMs?: number | undefined;
  /** Told when a timed flush fails; what it held waits for the next one. */
  readonly onFlushError: (error: unknown) => void;
}

const MINUTE_MS = 60_000;
const WINDOW_MINUTES = 60;
const DEFAULT_FLUSH_INTERVAL_MS = 5000;

interface PendingMinute {
  requests: number;
  failures: number;
  readonly latencies: LatencyHistogram;
}

const minuteStart = (at: number) => Math.floor(at / MINUTE_MS) * MINUTE_MS;
/** The first minute of the hour that ends with the minute `now` is in. */
const windowStart = (now: number) => minuteStart(now) - (WINDOW_MINUTES - 1) * MINUTE_MS;
const iso = (at: number) => new Date(at).toISOString();

/**
 * The last hour of each model version's traffic, minute by minute, shared by every app instance
 * on the database. Serving a request only counts it in memory; every few seconds (and on close)
 * the instance adds what it counted to the stored minutes, and a read adds the stored minutes to
 * what this instance has not stored yet, so the instance that served a request shows it at once
 * and every other one within a flush interval.
 */
export class TrafficWindow {
  private readonly db: Database;
  /** Counted here and not stored yet: version id → minute start (ms) → counts. */
  private pending = new Map<string, Map<number, PendingMinute>>();
  private readonly timer: NodeJS.Timeout;
  /** Flushes and reads take turns, so a read never sees a flush's minutes both stored and pending, or neither. */
  private turn: Promise<unknown> = Promise.resolve();
  /** Minutes before this are already deleted: deleting once a minute is enough for an hour's window. */
  private trimmedBefore = 0;

  constructor(db: Database, options: TrafficWindowOptions) {
    this.db = db;
    this.timer = setInterval(
      () => void this.flush().catch(options.onFlushError),
      options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS,
    );
    // The timer never keeps the process alive on its own; close() stores what is left.
    this.timer.unref();
  }

  /** Counts one served request. In memory only: serving never waits for the database. */
  record(versionId: string, ok: boolean, durationMs: number, now = Date.now()): void {
    const minute = this.pendingMinute(versionId, minuteStart(now));
    minute.requests += 1;
    if (!ok) minute.failures += 1;
    addToHistogram(minute.latencies, latencyBucket(durationMs), 1);
  }

  /** The last hour of one version over every instance, oldest minute first, minutes without traffic included. */
  lastHour(versionId: string, now = Date.now()): Promise<MinuteStats[]> {
    return this.inTurn(async () => {
      const from = windowStart(now);
      const stored = new Map((await servingMinutesSince(this.db, versionId, iso(from))).map((row) => [row.minute, row]));
      const mine = this.pending.get(versionId);
      return Array.from({ length: WINDOW_MINUTES }, (_, index) => {
        const start = from + index * MINUTE_MS;
        const saved = stored.get(iso(start));
        const unsaved = mine?.get(start);
        const latencies: LatencyHistogram = new Map(saved?.latencies);
        if (unsaved) mergeHistogram(latencies, unsaved.latencies);
        return {
          minute: iso(start),
          requests: (saved?.requests ?? 0) + (unsaved?.requests ?? 0),
          failures: (saved?.failures ?? 0) + (unsaved?.failures ?? 0),
          p50Ms: latencyQuantile(latencies, 0.5),
          p95Ms: latencyQuantile(latencies, 0.95),
        };
      });
    });
  }

  /** Drops what this instance has not stored of a deleted version; deleting the version deleted its stored minutes. */
  forget(versionId: string): void {
    this.pending.delete(versionId);
  }

  /** Adds what this instance counted to the stored minutes, and now and then deletes minutes past the hour. */
  flush(now = Date.now()): Promise<void> {
    return this.inTurn(() => this.store(now));
  }

  /** Stops the timer and stores what is left. */
  close(): Promise<void> {
    clearInterval(this.timer);
    return this.flush();
  }

  private async store(now: number): Promise<void> {
    const from = windowStart(now);
    const taken: { readonly start: number; readonly minute: ServingMinute }[] = [];
    for (const [versionId, minutes] of this.pending)
      for (const [start, counts] of minutes)
        // A minute that left the hour while flushes failed would never be charted again.
        if (start >= from) taken.push({ start, minute: { versionId, minute: iso(start), ...counts } });
    this.pending = new Map();
    try {
      if (taken.length > 0)
        await addServingMinutes(
          this.db,
          taken.map(({ minute }) => minute),
        );
    } catch (error) {
      // Nothing was stored (one transaction): count it again for the next flush, with what came meanwhile.
      for (const { start, minute } of taken) {
        const pending = this.pendingMinute(minute.versionId, start);
        pending.requests += minute.requests;
        pending.failures += minute.failures;
        mergeHistogram(pending.latencies, minute.latencies);
      }
      throw error;
    }
    if (from > this.trimmedBefore) {
      await deleteServingMinutesBefore(this.db, iso(from));
      this.trimmedBefore = from;
    }
  }

  private pendingMinute(versionId: string, start: number): PendingMinute {
    let minutes = this.pending.get(versionId);
    if (!minutes) this.pending.set(versionId, (minutes = new Map()));
    let minute = minutes.get(start);
    if (!minute) minutes.set(start, (minute = { requests: 0, failures: 0, latencies: new Map() }));
    return minute;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const done = this.turn.then(work);
    this.turn = done.catch(() => undefined);
    return done;
  }
}
