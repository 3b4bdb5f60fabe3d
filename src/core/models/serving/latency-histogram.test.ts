import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../shared/random/seeded-random.js";
import {
  addToHistogram,
  bucketLowerMs,
  bucketUpperMs,
  latencyBucket,
  latencyQuantile,
  mergeHistogram,
  type LatencyHistogram,
} from "./latency-histogram.js";

/** Log-normal latencies around `medianMs` (Box–Muller), the long right tail serving times have. */
function latencies(count: number, medianMs: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return medianMs * Math.exp(0.8 * normal);
  });
}

function histogramOf(values: readonly number[]): LatencyHistogram {
  const histogram: LatencyHistogram = new Map();
  for (const value of values) addToHistogram(histogram, latencyBucket(value), 1);
  return histogram;
}

/** The quantile as the in-memory window read it from every latency, sorted. */
function trueQuantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

describe("latency histogram", () => {
  it("puts every latency between its bucket's edges, and each bucket at most 10 % wider than its lower edge", () => {
    for (const value of [0, 0.01, 0.05, 0.051, 0.3, 1, 2.5, 17, 480, 59_999]) {
      const bucket = latencyBucket(value);
      expect(value).toBeGreaterThanOrEqual(bucketLowerMs(bucket));
      expect(value).toBeLessThanOrEqual(bucketUpperMs(bucket) * (1 + 1e-12));
      if (bucket > 0) expect(bucketUpperMs(bucket) / bucketLowerMs(bucket)).toBeCloseTo(1.1, 10);
    }
    // Slower than the last edge still counts, in the last bucket.
    expect(latencyBucket(3_600_000)).toBe(latencyBucket(60_000));
    expect(bucketUpperMs(latencyBucket(60_000))).toBeGreaterThanOrEqual(60_000);
  });

  it("merges two instances' minutes exactly: the merge is the histogram of all their requests", () => {
    const first = latencies(3000, 2, 1);
    const second = latencies(1000, 40, 2);
    const merged = histogramOf(first);
    mergeHistogram(merged, histogramOf(second));
    expect(merged).toEqual(histogramOf([...first, ...second]));
    expect([...merged.values()].reduce((sum, requests) => sum + requests, 0)).toBe(4000);
  });

  it.each([
    { medianMs: 0.4, seed: 3 },
    { medianMs: 3, seed: 4 },
    { medianMs: 250, seed: 5 },
  ])("reads p50 and p95 within 10 % of the true quantiles (median $medianMs ms)", ({ medianMs, seed }) => {
    const values = latencies(5000, medianMs, seed);
    const histogram = histogramOf(values);
    for (const q of [0.5, 0.95]) {
      const read = latencyQuantile(histogram, q) as number;
      expect(Math.abs(read / trueQuantile(values, q) - 1)).toBeLessThan(0.1);
    }
  });

  it("reads the quantiles of two instances' traffic merged as those of the union", () => {
    const fast = latencies(2000, 1, 6);
    const slow = latencies(500, 80, 7);
    const merged = histogramOf(fast);
    mergeHistogram(merged, histogramOf(slow));
    for (const q of [0.5, 0.95])
      expect(Math.abs((latencyQuantile(merged, q) as number) / trueQuantile([...fast, ...slow], q) - 1)).toBeLessThan(0.1);
  });

  it("has no quantile without requests, and the one latency's bucket with a single request", () => {
    expect(latencyQuantile(new Map(), 0.5)).toBeNull();
    const one = latencyQuantile(histogramOf([12]), 0.95) as number;
    expect(one).toBeGreaterThan(bucketLowerMs(latencyBucket(12)));
    expect(one).toBeLessThanOrEqual(bucketUpperMs(latencyBucket(12)));
  });
});
