import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { seededRandom } from "../../../shared/random/seeded-random.js";
import { openDatabase, type Database, type DialectName } from "../../db/database.js";
import { deleteVersion, ensureModel, insertVersion } from "../../db/models.repository.js";
import { ensureLocalLearner, LOCAL_LEARNER_ID } from "../../db/users.repository.js";
import { createTestDatabase, DIALECTS } from "../../test-support/test-databases.js";
import { ServingMetrics } from "./serving-metrics.js";
import type { MinuteStats } from "./traffic-window.js";

const NOW = Date.parse("2026-03-02T10:30:20Z");
const THIS_MINUTE = "2026-03-02T10:30:00.000Z";

/** The quantile as a sorted list of every latency gives it (index ⌊q·n⌋). */
function trueQuantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const total = (minutes: readonly MinuteStats[], field: "requests" | "failures") =>
  minutes.reduce((sum, minute) => sum + minute[field], 0);

describe.each(DIALECTS)("the model page's last hour, shared by two app instances on %s", (dialect: DialectName) => {
  let dataDir: string;
  let pgDatabase: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const handles: Database[] = [];
  const instances: ServingMetrics[] = [];
  let versionId: string;
  const flushErrors: unknown[] = [];

  const open = async () => {
    const { db } = await openDatabase({ databaseUrl: pgDatabase?.url, dataDir });
    handles.push(db);
    return db;
  };
  const instance = (db: Database, flushIntervalMs = 60_000) => {
    const metrics = new ServingMetrics(new Registry(), db, { flushIntervalMs, onFlushError: (error) => flushErrors.push(error) });
    instances.push(metrics);
    return metrics;
  };
  const serve = (metrics: ServingMetrics, durationMs: number, ok = true, now = NOW) =>
    metrics.record({ versionId, model: "digits", version: 1, ok, rows: 1, durationMs }, now);

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stepwise-serving-minutes-"));
    if (dialect === "postgres") pgDatabase = await createTestDatabase();
    const db = await open();
    await ensureLocalLearner(db);
    const model = await ensureModel(db, { id: "m1", userId: LOCAL_LEARNER_ID, name: "digits", now: "2026-03-01T00:00:00Z" });
    versionId = "v1";
    await insertVersion(db, {
      id: versionId,
      model_id: model.id,
      version: 1,
      sha256: "0".repeat(64),
      size_bytes: 10,
      file_name: null,
      signature_json: "{}",
      opsets_json: "{}",
      card_json: "{}",
      created_at: "2026-03-01T00:00:00Z",
    });
  });

  afterEach(async () => {
    await Promise.all(instances.splice(0).map((metrics) => metrics.close()));
    await Promise.all(handles.splice(0).map((db) => db.destroy()));
    await pgDatabase?.drop();
    pgDatabase = undefined;
    rmSync(dataDir, { recursive: true, force: true });
    expect(flushErrors.splice(0)).toEqual([]);
  });

  /**
   * Two instances as a load balancer sees them. On PostgreSQL each has its own pool. On SQLite both
   * share one handle: better-sqlite3 waits for a lock synchronously, so two handles in one process
   * would wait on each other; separate processes (the serving bench) each have their own.
   */
  const twoInstances = async (secondFlushIntervalMs?: number) => {
    const first = handles[0] as Database;
    return [instance(first), instance(dialect === "postgres" ? await open() : first, secondFlushIntervalMs)] as const;
  };

  it("answers with the sum of both instances' traffic on each, quantiles of the union included", async () => {
    const [a, b] = await twoInstances();
    const random = seededRandom(11);
    const fast = Array.from({ length: 600 }, () => 1 + random() * 4);
    const slow = Array.from({ length: 200 }, () => 20 + random() * 80);
    fast.forEach((ms, index) => serve(a, ms, index % 100 !== 0));
    slow.forEach((ms, index) => serve(b, ms, index % 50 !== 0));
    // The minute before, on one instance only.
    serve(a, 3, true, NOW - 60_000);
    await Promise.all([a.flush(NOW), b.flush(NOW)]);

    const [fromA, fromB] = await Promise.all([a.lastHour(versionId, NOW), b.lastHour(versionId, NOW)]);
    expect(fromA).toEqual(fromB);
    expect(fromA).toHaveLength(60);
    const last = fromA[59] as MinuteStats;
    expect(last.minute).toBe(THIS_MINUTE);
    expect([last.requests, last.failures]).toEqual([800, 6 + 4]);
    const union = [...fast, ...slow];
    expect(Math.abs((last.p50Ms as number) / trueQuantile(union, 0.5) - 1)).toBeLessThan(0.1);
    expect(Math.abs((last.p95Ms as number) / trueQuantile(union, 0.95) - 1)).toBeLessThan(0.1);
    expect(fromA[58]).toMatchObject({ requests: 1, failures: 0 });
    expect(fromA[0]).toEqual({ minute: "2026-03-02T09:31:00.000Z", requests: 0, failures: 0, p50Ms: null, p95Ms: null });
  });

  it("shows a request at once on the instance that served it, and on the other once that one has flushed", async () => {
    const [a, b] = await twoInstances();
    serve(a, 5, false);
    expect((await a.lastHour(versionId, NOW))[59]).toMatchObject({ requests: 1, failures: 1 });
    expect(total(await b.lastHour(versionId, NOW), "requests")).toBe(0);
    await a.flush(NOW);
    expect((await b.lastHour(versionId, NOW))[59]).toMatchObject({ requests: 1, failures: 1 });
    // Stored once: what was flushed is no longer counted as this instance's own as well.
    expect(total(await a.lastHour(versionId, NOW), "requests")).toBe(1);
  });

  it("adds every flush, however the instances' flushes interleave", async () => {
    const [a, b] = await twoInstances();
    for (let round = 0; round < 5; round += 1) {
      for (let n = 0; n < 20; n += 1) {
        serve(a, 2 + n);
        serve(b, 2 + n, n % 4 !== 0);
      }
      await Promise.all([a.flush(NOW), b.flush(NOW), a.flush(NOW)]);
    }
    const last = (await b.lastHour(versionId, NOW))[59] as MinuteStats;
    expect([last.requests, last.failures]).toEqual([200, 25]);
    // The latencies 2 … 21 ms, equally often: the median lies between 11 and 12 ms.
    expect(last.p50Ms).toBeGreaterThan(11 / 1.1);
    expect(last.p50Ms).toBeLessThan(12 * 1.1);
  });

  it("flushes by itself every interval", async () => {
    const [a, b] = await twoInstances(20);
    serve(b, 7, true, Date.now());
    await vi.waitFor(async () => expect(total(await a.lastHour(versionId), "requests")).toBe(1), { timeout: 5000 });
  });

  it("deletes minutes past the hour while flushing, and a deleted version's minutes, stored or not", async () => {
    const [a, b] = await twoInstances();
    const db = handles[0] as Database;
    const stored = () => db.selectFrom("serving_minutes").select("minute").orderBy("minute").execute();
    serve(a, 4, true, NOW - 2 * 3_600_000);
    await a.flush(NOW - 2 * 3_600_000);
    serve(a, 4);
    await a.flush(NOW);
    expect(await stored()).toEqual([{ minute: THIS_MINUTE }]);

    serve(b, 4);
    await deleteVersion(db, versionId);
    expect(await stored()).toEqual([]);
    expect(await db.selectFrom("serving_minute_latencies").selectAll().execute()).toEqual([]);
    // Counted on another instance before the delete: dropped when it flushes, not refused.
    await b.flush(NOW);
    expect(await stored()).toEqual([]);
  });
});

describe("the Prometheus series", () => {
  let dataDir: string;
  let db: Database;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stepwise-serving-prometheus-"));
    db = (await openDatabase({ dataDir })).db;
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const line = (text: string, name: string, version: number) =>
    Number(new RegExp(`^${name}\\{model="digits",version="${version}"\\} (\\S+)$`, "m").exec(text)?.[1] ?? Number.NaN);

  it("count every request of every version, the same on every scrape, until a version is forgotten", async () => {
    const registry = new Registry();
    const metrics = new ServingMetrics(registry, db, { flushIntervalMs: 60_000, onFlushError: () => undefined });
    const record = (version: number, ok: boolean, rows: number, durationMs: number) =>
      metrics.record({ versionId: `v${version}`, model: "digits", version, ok, rows, durationMs }, NOW);
    record(1, true, 2, 1.5);
    record(1, true, 4, 3);
    record(1, false, 1, 0.25);
    record(2, true, 1, 20);

    for (let scrape = 0; scrape < 2; scrape += 1) {
      const text = await registry.metrics();
      expect(line(text, "nv_inference_request_success", 1)).toBe(2);
      expect(line(text, "nv_inference_request_failure", 1)).toBe(1);
      expect(line(text, "nv_inference_count", 1)).toBe(6);
      expect(line(text, "nv_inference_request_duration_us", 1)).toBe(4750);
      expect(line(text, "nv_inference_request_duration_seconds_count", 1)).toBe(3);
      expect(line(text, "nv_inference_request_success", 2)).toBe(1);
      expect(line(text, "nv_inference_request_failure", 2)).toBe(0);
    }

    metrics.forget("v1", "digits", 1);
    const text = await registry.metrics();
    expect(text).not.toContain('version="1"');
    expect(line(text, "nv_inference_request_success", 2)).toBe(1);
    await metrics.close();
  });
});
