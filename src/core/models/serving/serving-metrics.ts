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
export class ServingMetrics {
  private readonly success: Counter<"model" | "version">;
  private readonly failure: Counter<"model" | "version">;
  private readonly inferences: Counter<"model" | "version">;
  private readonly durationUs: Counter<"model" | "version">;
  private readonly duration: Histogram<"model" | "version">;
  private readonly window: TrafficWindow;
  /** Each version's labelled series, looked up once: prom-client hashes the labels on every unlabelled call. */
  private readonly series = new Map<string, ReturnType<ServingMetrics["labelSeries"]>>();

  constructor(registry: Registry, db: Database, windowOptions: TrafficWindowOptions) {
    const labelNames = ["model", "version"] as const;
    const registers = [registry];
    this.success = new Counter({
      name: "nv_inference_request_success",
      help: "Inference requests that succeeded",
      labelNames,
      registers,
    });
    this.failure = new Counter({
      name: "nv_inference_request_failure",
      help: "Inference requests that failed",
      labelNames,
      registers,
    });
    this.inferences = new Counter({
      name: "nv_inference_count",
      help: "Inferences performed: a request of N examples counts N",
      labelNames,
      registers,
    });
    this.durationUs = new Counter({
      name: "nv_inference_request_duration_us",
      help: "Cumulative time spent on inference requests, in microseconds",
      labelNames,
      registers,
    });
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
      series.success.inc();
      series.inferences.inc(request.rows);
    } else series.failure.inc();
    series.durationUs.inc(Math.round(request.durationMs * 1000));
    series.duration.observe(request.durationMs / 1000);

    this.window.record(request.versionId, request.ok, request.durationMs, now);
  }

  private labelSeries(model: string, version: number) {
    const labels = [model, String(version)] as const;
    return {
      success: this.success.labels(...labels),
      failure: this.failure.labels(...labels),
      inferences: this.inferences.labels(...labels),
      durationUs: this.durationUs.labels(...labels),
      duration: this.duration.labels(...labels),
    };
  }

  private seriesOf(model: string, version: number) {
    const key = `${model}\n${version}`;
    let found = this.series.get(key);
    if (!found) {
      found = this.labelSeries(model, version);
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
    this.success.remove({ model, version: String(version) });
    this.failure.remove({ model, version: String(version) });
    this.inferences.remove({ model, version: String(version) });
    this.durationUs.remove({ model, version: String(version) });
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
