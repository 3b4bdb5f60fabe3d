import { Counter, Histogram, type Registry } from "prom-client";
import type { Database } from "../../db/database-schema.js";
import { TrafficWindow, type MinuteStats, type TrafficWindowOptions } from "./traffic-window.js";

/** One served request, as metrics see it. */
export interface ServedRequest {
  /** The version's id (`model_versions.id`): the model page's window is kept per version, apart for every learner. */
  readonly versionId: string;
  readonly model: string;
  readonly version: number;
  readonly ok: boolean;
  /** Examples in the request (its batch size). */
  readonly rows: number;
  readonly durationMs: number;
}

/**
 * Serving metrics two ways: Prometheus counters and a histogram named after Triton's
 * `nv_inference_*` (labels `model`, `version`), scraped from `GET /metrics` — per process, as
 * Prometheus scrapes each instance; and a rolling hour per model version, minute by minute, kept in
 * the database so that the model page shows every instance's traffic (see TrafficWindow).
 */
type Label = "model" | "version";

/** One version's totals, kept as plain numbers and handed to Prometheus when it scrapes. */
interface Series {
  readonly labels: Readonly<Record<Label, string>>;
  success: number;
  failure: number;
  inferences: number;
  durationUs: number;
  readonly duration: { observe(seconds: number): void };
}

export class ServingMetrics {
  private readonly duration: Histogram<Label>;
  private readonly window: TrafficWindow;
  /**
   * Every version's series. The counters live here, not in prom-client, which hashes and checks
   * the labels on every increment, labelled child or not: four of them per request cost more than
   * the rest of the bookkeeping. prom-client reads them when /metrics is asked for.
   */
  private readonly series = new Map<string, Series>();

  constructor(registry: Registry, db: Database, windowOptions: TrafficWindowOptions) {
    const labelNames = ["model", "version"] as const;
    const registers = [registry];
    const series = this.series;
    const counter = (name: string, help: string, total: (one: Series) => number) =>
      new Counter({
        name,
        help,
        labelNames,
        registers,
        collect(this: Counter<Label>) {
          this.reset();
          for (const one of series.values()) this.inc(one.labels, total(one));
        },
      });
    counter("nv_inference_request_success", "Inference requests that succeeded", (one) => one.success);
    counter("nv_inference_request_failure", "Inference requests that failed", (one) => one.failure);
    counter("nv_inference_count", "Inferences performed: a request of N examples counts N", (one) => one.inferences);
    counter(
      "nv_inference_request_duration_us",
      "Cumulative time spent on inference requests, in microseconds",
      (one) => one.durationUs,
    );
    this.duration = new Histogram({
      name: "nv_inference_request_duration_seconds",
      help: "Inference request duration, from the request being read to the response being ready",
      labelNames,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    // Last: its flush timer starts with it.
    this.window = new TrafficWindow(db, windowOptions);
  }

  record(request: ServedRequest, now = Date.now()): void {
    const series = this.seriesOf(request.model, request.version);
    if (request.ok) {
      series.success += 1;
      series.inferences += request.rows;
    } else series.failure += 1;
    series.durationUs += Math.round(request.durationMs * 1000);
    series.duration.observe(request.durationMs / 1000);

    this.window.record(request.versionId, request.ok, request.durationMs, now);
  }

  private seriesOf(model: string, version: number): Series {
    const key = `${model}\n${version}`;
    let found = this.series.get(key);
    if (!found) {
      const labels = { model, version: String(version) };
      found = { labels, success: 0, failure: 0, inferences: 0, durationUs: 0, duration: this.duration.labels(labels) };
      this.series.set(key, found);
    }
    return found;
  }

  /** The last hour of one version over every instance, oldest minute first, minutes without traffic included. */
  lastHour(versionId: string, now = Date.now()): Promise<MinuteStats[]> {
    return this.window.lastHour(versionId, now);
  }

  /** Forgets a version's window, e.g. when it is deleted. */
  forget(versionId: string, model: string, version: number): void {
    this.window.forget(versionId);
    this.series.delete(`${model}\n${version}`);
    this.duration.remove({ model, version: String(version) });
  }

  /** Stores this instance's traffic not stored yet; the window does so every few seconds by itself. */
  flush(now = Date.now()): Promise<void> {
    return this.window.flush(now);
  }

  /** Stops the window's timer and stores what is left. */
  close(): Promise<void> {
    return this.window.close();
  }
}
