import { Counter, Histogram, type Registry } from "prom-client";

/** One served request, as metrics see it. */
export interface ServedRequest {
  /** Whose model: the rolling window keeps each learner's models apart. */
  readonly learnerId: string;
  readonly model: string;
  readonly version: number;
  readonly ok: boolean;
  /** Examples in the request (its batch size). */
  readonly rows: number;
  readonly durationMs: number;
}

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

const WINDOW_MINUTES = 60;
/** Latencies kept per minute and version; beyond this a random sample stands for them all. */
const SAMPLES_PER_MINUTE = 2000;

interface Minute {
  readonly start: number;
  requests: number;
  failures: number;
  readonly latencies: number[];
}

const quantile = (sorted: readonly number[], q: number): number | null =>
  sorted.length === 0 ? null : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null);

/**
 * Serving metrics two ways: Prometheus counters and a histogram named after Triton's
 * `nv_inference_*` (labels `model`, `version`), scraped from `GET /metrics`; and a rolling hour per
 * model version, minute by minute, that the model page charts without scraping the server itself.
 */
export class ServingMetrics {
  private readonly success: Counter<"model" | "version">;
  private readonly failure: Counter<"model" | "version">;
  private readonly inferences: Counter<"model" | "version">;
  private readonly durationUs: Counter<"model" | "version">;
  private readonly duration: Histogram<"model" | "version">;
  private readonly windows = new Map<string, Minute[]>();
  /** Each version's labelled series, looked up once: prom-client hashes the labels on every unlabelled call. */
  private readonly series = new Map<string, ReturnType<ServingMetrics["labelSeries"]>>();

  constructor(registry: Registry) {
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
  }

  record(request: ServedRequest, now = Date.now()): void {
    const series = this.seriesOf(request.model, request.version);
    if (request.ok) {
      series.success.inc();
      series.inferences.inc(request.rows);
    } else series.failure.inc();
    series.durationUs.inc(Math.round(request.durationMs * 1000));
    series.duration.observe(request.durationMs / 1000);

    const minute = this.currentMinute(`${request.learnerId}\n${request.model}\n${request.version}`, now);
    minute.requests += 1;
    if (!request.ok) minute.failures += 1;
    if (minute.latencies.length < SAMPLES_PER_MINUTE) minute.latencies.push(request.durationMs);
    else {
      // Reservoir sampling keeps an unbiased sample however busy the minute.
      const slot = Math.floor(Math.random() * minute.requests);
      if (slot < SAMPLES_PER_MINUTE) minute.latencies[slot] = request.durationMs;
    }
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

  /** The last hour of one version, oldest minute first, minutes without traffic included. */
  lastHour(learnerId: string, model: string, version: number, now = Date.now()): MinuteStats[] {
    const kept = this.windows.get(`${learnerId}\n${model}\n${version}`) ?? [];
    const thisMinute = Math.floor(now / 60_000) * 60_000;
    return Array.from({ length: WINDOW_MINUTES }, (_, index) => {
      const start = thisMinute - (WINDOW_MINUTES - 1 - index) * 60_000;
      const minute = kept.find((entry) => entry.start === start);
      const sorted = [...(minute?.latencies ?? [])].sort((a, b) => a - b);
      return {
        minute: new Date(start).toISOString(),
        requests: minute?.requests ?? 0,
        failures: minute?.failures ?? 0,
        p50Ms: quantile(sorted, 0.5),
        p95Ms: quantile(sorted, 0.95),
      };
    });
  }

  /** Forgets a version's window, e.g. when it is deleted. */
  forget(learnerId: string, model: string, version: number): void {
    this.windows.delete(`${learnerId}\n${model}\n${version}`);
    this.series.delete(`${model}\n${version}`);
    this.success.remove({ model, version: String(version) });
    this.failure.remove({ model, version: String(version) });
    this.inferences.remove({ model, version: String(version) });
    this.durationUs.remove({ model, version: String(version) });
    this.duration.remove({ model, version: String(version) });
  }

  private currentMinute(key: string, now: number): Minute {
    const start = Math.floor(now / 60_000) * 60_000;
    let minutes = this.windows.get(key);
    if (!minutes) this.windows.set(key, (minutes = []));
    let minute = minutes[minutes.length - 1];
    if (minute?.start !== start) {
      minute = { start, requests: 0, failures: 0, latencies: [] };
      minutes.push(minute);
      while ((minutes[0]?.start ?? start) <= start - WINDOW_MINUTES * 60_000) minutes.shift();
    }
    return minute;
  }
}
