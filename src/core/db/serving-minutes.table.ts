/** One minute of a model version's traffic, summed over every app instance; see migration 0027. */
export interface ServingMinutesTable {
  model_version_id: string;
  /** Start of the minute, ISO time (so text order is time order). */
  minute: string;
  requests: number;
  failures: number;
}

/** How many of that minute's requests took a latency in one bucket (core/models/serving/latency-histogram.ts). */
export interface ServingMinuteLatenciesTable {
  model_version_id: string;
  minute: string;
  bucket: number;
  requests: number;
}
