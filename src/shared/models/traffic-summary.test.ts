import { describe, expect, it } from "vitest";
import type { MinuteStats } from "../api/index.js";
import { describeTraffic, formatMs, summariseTraffic } from "./traffic-summary.js";

const minute = (requests: number, failures = 0, p50Ms: number | null = null, p95Ms: number | null = null): MinuteStats => ({
  minute: "2026-01-01T10:00:00.000Z",
  requests,
  failures,
  p50Ms,
  p95Ms,
});

describe("summariseTraffic", () => {
  it("adds up the hour and keeps the slowest minute's p95", () => {
    const hour = [
      ...Array.from({ length: 57 }, () => minute(0)),
      minute(300, 0, 2, 4.1),
      minute(10, 2, 9, 30),
      minute(2, 0, 3, 3.5),
    ];
    const summary = summariseTraffic(hour);
    expect(summary).toEqual({
      requests: 312,
      failures: 2,
      minutes: 60,
      minutesWithTraffic: 3,
      meanPerSecond: 312 / 3600,
      worstP95Ms: 30,
      typicalP50Ms: 2,
    });
    expect(describeTraffic(summary)).toBe(
      "312 requests in the last hour, 2 failures, median latency 2.0 ms, p95 at most 30 ms in any minute.",
    );
  });

  it("says so when there was no traffic", () => {
    const summary = summariseTraffic([minute(0), minute(0)]);
    expect(summary).toMatchObject({ requests: 0, worstP95Ms: null, typicalP50Ms: null, meanPerSecond: 0 });
    expect(describeTraffic(summary)).toBe("No requests in the last hour.");
    expect(summariseTraffic([]).meanPerSecond).toBe(0);
  });

  it("writes one request and one failure in the singular", () => {
    expect(describeTraffic(summariseTraffic([minute(1, 1)]))).toBe("1 request in the last hour, 1 failure.");
  });
});

describe("formatMs", () => {
  it("keeps two significant figures or so", () => {
    expect([formatMs(0.4234), formatMs(4.12), formatMs(120.4)]).toEqual(["0.42 ms", "4.1 ms", "120 ms"]);
  });
});
