import type { MinuteStats } from "../api/index.js";

/** A version's traffic over a window of minutes, in the numbers a caption needs. */
export interface TrafficSummary {
  readonly requests: number;
  readonly failures: number;
  /** Minutes in the window, with traffic or not. */
  readonly minutes: number;
  readonly minutesWithTraffic: number;
  /** Requests per second over the whole window. */
  readonly meanPerSecond: number;
  /** The slowest minute's p95 in ms: a per-minute p95 cannot be merged into the window's own p95. */
  readonly worstP95Ms: number | null;
  /** The median of the minutes' p50s, weighted by requests, in ms. */
  readonly typicalP50Ms: number | null;
}

/** Adds up a version's per-minute stats (oldest first, as the metrics route gives them). */
export function summariseTraffic(minutes: readonly MinuteStats[]): TrafficSummary {
  const busy = minutes.filter((minute) => minute.requests > 0);
  const requests = busy.reduce((sum, minute) => sum + minute.requests, 0);
  const failures = minutes.reduce((sum, minute) => sum + minute.failures, 0);
  const p95s = busy.flatMap((minute) => (minute.p95Ms === null ? [] : [minute.p95Ms]));
  const p50s = busy
    .flatMap((minute) => (minute.p50Ms === null ? [] : [{ value: minute.p50Ms, weight: minute.requests }]))
    .sort((a, b) => a.value - b.value);
  const half = p50s.reduce((sum, entry) => sum + entry.weight, 0) / 2;
  let seen = 0;
  const typical = p50s.find((entry) => (seen += entry.weight) >= half);
  return {
    requests,
    failures,
    minutes: minutes.length,
    minutesWithTraffic: busy.length,
    meanPerSecond: minutes.length === 0 ? 0 : requests / (minutes.length * 60),
    worstP95Ms: p95s.length === 0 ? null : Math.max(...p95s),
    typicalP50Ms: typical?.value ?? null,
  };
}

/** A latency for people: "0.42 ms", "4.1 ms", "120 ms". */
export function formatMs(ms: number): string {
  const digits = ms < 1 ? 2 : ms < 10 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

/** One sentence with the window's totals, the text alternative of its charts. */
export function describeTraffic(summary: TrafficSummary): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  if (summary.requests === 0 && summary.failures === 0) return "No requests in the last hour.";
  const parts = [
    `${count(summary.requests, "request", "requests")} in the last hour`,
    count(summary.failures, "failure", "failures"),
  ];
  if (summary.typicalP50Ms !== null) parts.push(`median latency ${formatMs(summary.typicalP50Ms)}`);
  if (summary.worstP95Ms !== null) parts.push(`p95 at most ${formatMs(summary.worstP95Ms)} in any minute`);
  return `${parts.join(", ")}.`;
}
