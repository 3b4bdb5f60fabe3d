import { useCallback, useEffect, useId, useState } from "react";
import type { MinuteStats } from "../../../shared/api/index.js";
import { describeTraffic, formatMs, summariseTraffic } from "../../../shared/models/traffic-summary.js";
import { useVersionMetrics } from "../../api/model-queries.js";
import { Chart } from "../Chart.js";
import { Skeleton } from "../QueryState.js";
import type * as PlotNamespace from "@observablehq/plot";
import { ScrollTable } from "../ScrollTable.js";
import "./ModelMetrics.css";

type PlotModule = typeof PlotNamespace;

const MINUTE_MS = 60_000;
const time = (minute: MinuteStats) => new Date(minute.minute);
const minuteEnd = (minute: MinuteStats) => new Date(time(minute).getTime() + MINUTE_MS);
const clock = (minute: MinuteStats) => time(minute).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
/** Shared by every chart: the theme's text colour through currentColor, so both themes read well. */
const STYLE = { background: "transparent", color: "currentColor", fontSize: "12px" };
const X_AXIS = { type: "time", label: "Time (your clock) →" } as const;
const HEIGHT = 200;

/**
 * Observable Plot, loaded only when a page shows metrics: the charts library stays out of the bundle
 * of pages that have none (the UI budget). Null until it arrives; the error when it cannot.
 */
function usePlot(): { plot: PlotModule | null; error: Error | null } {
  const [state, setState] = useState<{ plot: PlotModule | null; error: Error | null }>({ plot: null, error: null });
  useEffect(() => {
    let live = true;
    import("@observablehq/plot").then(
      (plot) => live && setState({ plot, error: null }),
      (error: unknown) =>
        live && setState({ plot: null, error: error instanceof Error ? error : new Error("The charts could not be loaded.") }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function RequestsChart({ Plot, minutes }: { Plot: PlotModule; minutes: readonly MinuteStats[] }) {
  const make = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        style: STYLE,
        height: HEIGHT,
        marginLeft: 56,
        x: X_AXIS,
        y: { label: "↑ Requests per second (req/s)", grid: true, nice: true },
        marks: [
          Plot.rectY(minutes, {
            x1: time,
            x2: minuteEnd,
            y: (minute: MinuteStats) => minute.requests / 60,
            fill: "currentColor",
            fillOpacity: 0.7,
            insetLeft: 0.5,
            insetRight: 0.5,
          }),
          Plot.ruleY([0]),
        ],
      }),
    [Plot, minutes],
  );
  return <Chart make={make} label="Requests per second in each minute of the last hour; the table below lists them." />;
}

function LatencyChart({ Plot, minutes }: { Plot: PlotModule; minutes: readonly MinuteStats[] }) {
  const make = useCallback(
    (width: number) => {
      // A dashed line and square dots tell p95 from p50 without colour; the labels at the ends name them,
      // nudged apart so that equal values stay readable.
      const series = [
        { key: "p50Ms", label: "p50", dash: null, symbol: "circle", dy: 6 },
        { key: "p95Ms", label: "p95", dash: "6 4", symbol: "square", dy: -6 },
      ] as const;
      return Plot.plot({
        width,
        style: STYLE,
        height: HEIGHT,
        marginLeft: 56,
        marginRight: 36,
        x: X_AXIS,
        y: { label: "↑ Latency (ms)", grid: true, nice: true, zero: true },
        marks: series.flatMap(({ key, label, dash, symbol, dy }) => {
          const points = minutes.filter((minute) => minute[key] !== null);
          return [
            Plot.lineY(minutes, {
              x: time,
              y: key,
              stroke: "currentColor",
              strokeWidth: 2,
              ...(dash ? { strokeDasharray: dash } : {}),
            }),
            Plot.dot(points, { x: time, y: key, fill: "currentColor", r: 2.5, symbol }),
            Plot.text(
              points,
              Plot.selectLast({ x: time, y: key, text: () => label, dx: 6, dy, textAnchor: "start", fill: "currentColor" }),
            ),
          ];
        }),
      });
    },
    [Plot, minutes],
  );
  return (
    <>
      <Chart
        make={make}
        label="Median (p50) and 95th percentile (p95) latency in milliseconds, minute by minute; the table below lists them."
      />
      <ul className="latency-legend" aria-hidden="true">
        <li>
          <svg width="28" height="10" viewBox="0 0 28 10">
            <line x1="0" y1="5" x2="28" y2="5" stroke="currentColor" strokeWidth="2" />
          </svg>
          p50 (median)
        </li>
        <li>
          <svg width="28" height="10" viewBox="0 0 28 10">
            <line x1="0" y1="5" x2="28" y2="5" stroke="currentColor" strokeWidth="2" strokeDasharray="6 4" />
          </svg>
          p95 (1 request in 20 is slower)
        </li>
      </ul>
    </>
  );
}

/** Up to five whole-number ticks from 0 to `top`: a count has no half failures. */
function wholeTicks(top: number): number[] {
  const step = Math.max(1, Math.ceil(top / 4));
  return Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step);
}

function FailuresChart({ Plot, minutes }: { Plot: PlotModule; minutes: readonly MinuteStats[] }) {
  const top = Math.max(1, ...minutes.map((minute) => minute.failures));
  const make = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        style: STYLE,
        height: HEIGHT * 0.7,
        marginLeft: 56,
        x: X_AXIS,
        y: { label: "↑ Failures (per minute)", grid: true, domain: [0, top], ticks: wholeTicks(top), tickFormat: "d" },
        marks: [
          Plot.rectY(minutes, { x1: time, x2: minuteEnd, y: "failures", fill: "currentColor", insetLeft: 0.5, insetRight: 0.5 }),
          Plot.ruleY([0]),
        ],
      }),
    [Plot, minutes, top],
  );
  return <Chart make={make} label="Failed requests in each minute of the last hour; the table below lists them." />;
}

function MinutesTable({ minutes }: { minutes: readonly MinuteStats[] }) {
  const busy = minutes.filter((minute) => minute.requests > 0 || minute.failures > 0);
  return (
    <details className="metrics-table">
      <summary>The {busy.length === 1 ? "minute" : `${busy.length} minutes`} with traffic, as a table</summary>
      <ScrollTable label="Requests, latency and failures in each minute with traffic">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Minute</th>
              <th scope="col" className="numeric">
                Requests
              </th>
              <th scope="col" className="numeric">
                Req/s
              </th>
              <th scope="col" className="numeric">
                Failures
              </th>
              <th scope="col" className="numeric">
                p50 (ms)
              </th>
              <th scope="col" className="numeric">
                p95 (ms)
              </th>
            </tr>
          </thead>
          <tbody>
            {busy.map((minute) => (
              <tr key={minute.minute}>
                <th scope="row">
                  <time dateTime={minute.minute}>{clock(minute)}</time>
                </th>
                <td className="numeric">{minute.requests.toLocaleString("en")}</td>
                <td className="numeric">{(minute.requests / 60).toFixed(2)}</td>
                <td className="numeric">{minute.failures.toLocaleString("en")}</td>
                <td className="numeric">{minute.p50Ms === null ? "–" : formatMs(minute.p50Ms).replace(" ms", "")}</td>
                <td className="numeric">{minute.p95Ms === null ? "–" : formatMs(minute.p95Ms).replace(" ms", "")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}

/**
 * A version's traffic over the last hour, refreshed every 15 s: requests per second, p50 and p95
 * latency and failures as charts, with a one-sentence summary and a table as their text alternative.
 */
export function ModelMetrics({
  name,
  version,
  consoleHref = "#try-it",
}: {
  name: string;
  version: number;
  /** Where the empty state's button goes: the try-it console (TryItConsole's section is #try-it by default). */
  consoleHref?: string;
}) {
  const headingId = useId();
  const metrics = useVersionMetrics(name, version);
  const { plot: Plot, error: plotError } = usePlot();
  const minutes = metrics.data?.minutes;
  const summary = minutes ? summariseTraffic(minutes) : null;

  const body = () => {
    if (metrics.isPending) return <Skeleton lines={4} />;
    if (metrics.isError) {
      return (
        <div role="alert" className="metrics-error">
          <p>
            <span aria-hidden="true">✕ </span>The traffic of version {version} could not be loaded: {metrics.error.message}
          </p>
          <button type="button" className="button" onClick={() => void metrics.refetch()}>
            Try again
          </button>
        </div>
      );
    }
    if (!minutes || !summary || (summary.requests === 0 && summary.failures === 0)) {
      return (
        <div className="empty-state">
          <p>No requests in the last hour — try it above.</p>
          <a className="button" href={consoleHref}>
            Go to the console
          </a>
        </div>
      );
    }
    return (
      <>
        <p className="metrics-summary" aria-live="polite">
          {describeTraffic(summary)}
        </p>
        {plotError ? (
          <p role="alert" className="metrics-error">
            <span aria-hidden="true">✕ </span>The charts could not be loaded ({plotError.message}); the table below has the same
            numbers.
          </p>
        ) : Plot ? (
          <div className="metrics-charts">
            <section aria-label="Requests per second">
              <h4>Requests per second</h4>
              <RequestsChart Plot={Plot} minutes={minutes} />
            </section>
            <section aria-label="Latency">
              <h4>Latency</h4>
              <LatencyChart Plot={Plot} minutes={minutes} />
            </section>
            <section aria-label="Failures" className="metrics-failures">
              <h4>Failures</h4>
              {summary.failures === 0 ? (
                <p className="text-success">
                  <span aria-hidden="true">✓ </span>No failures in the last hour.
                </p>
              ) : (
                <FailuresChart Plot={Plot} minutes={minutes} />
              )}
            </section>
          </div>
        ) : (
          <Skeleton lines={3} />
        )}
        <MinutesTable minutes={minutes} />
      </>
    );
  };

  return (
    <section className="model-metrics" aria-labelledby={headingId} aria-busy={metrics.isPending}>
      <h3 id={headingId}>Traffic in the last hour</h3>
      {body()}
    </section>
  );
}
