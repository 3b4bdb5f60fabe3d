/**
 * Request latencies counted in fixed, log-spaced buckets. Fixed, so that the minutes recorded by
 * different app instances merge exactly by adding their counts; log-spaced, so that every bucket
 * is the same 10 % wide relative to its latency and a quantile read from it is that close.
 */

/** Bucket 0 holds everything up to this; bucket k > 0 holds (SMALLEST_MS·GROWTH^(k−1), SMALLEST_MS·GROWTH^k]. */
const SMALLEST_MS = 0.05;
const GROWTH = 1.1;
/** The last bucket ends at or just above this, and also counts anything slower. */
const LARGEST_MS = 60_000;
const LOG_GROWTH = Math.log(GROWTH);
const BUCKETS = Math.ceil(Math.log(LARGEST_MS / SMALLEST_MS) / LOG_GROWTH) + 1;

/** Requests per bucket index; buckets nobody fell in are absent. */
export type LatencyHistogram = Map<number, number>;

/** The bucket a latency falls in. Changing the layout would misread stored minutes: they keep indexes, not edges. */
export function latencyBucket(durationMs: number): number {
  // `!(a > b)` also puts NaN in the first bucket instead of an index that is not a number.
  if (!(durationMs > SMALLEST_MS)) return 0;
  return Math.min(BUCKETS - 1, Math.ceil(Math.log(durationMs / SMALLEST_MS) / LOG_GROWTH));
}

export function bucketUpperMs(bucket: number): number {
  return SMALLEST_MS * GROWTH ** bucket;
}

export function bucketLowerMs(bucket: number): number {
  return bucket === 0 ? 0 : bucketUpperMs(bucket - 1);
}

/** Adds `requests` to a bucket of `histogram`, in place. */
export function addToHistogram(histogram: LatencyHistogram, bucket: number, requests: number): void {
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + requests);
}

/** Adds every count of `from` into `into`, in place: the exact merge of two instances' minutes. */
export function mergeHistogram(into: LatencyHistogram, from: ReadonlyMap<number, number>): void {
  for (const [bucket, requests] of from) addToHistogram(into, bucket, requests);
}

/**
 * The latency below which a share `q` of the requests fell, in milliseconds; null without requests.
 * The rank is the one a sorted list of all latencies would be read at (index ⌊q·n⌋). Inside its
 * bucket the value is interpolated linearly between the bucket's edges by the rank's position
 * among the bucket's requests, rather than reporting the upper edge: that halves the error on
 * average, and it can never leave the bucket, so it stays within the bucket's 10 %.
 */
export function latencyQuantile(histogram: ReadonlyMap<number, number>, q: number): number | null {
  const buckets = [...histogram].filter(([, requests]) => requests > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, requests]) => sum + requests, 0);
  const rank = Math.min(total - 1, Math.floor(q * total));
  let below = 0;
  for (const [bucket, requests] of buckets) {
    if (rank < below + requests) {
      const lower = bucketLowerMs(bucket);
      return lower + ((rank - below + 0.5) / requests) * (bucketUpperMs(bucket) - lower);
    }
    below += requests;
  }
  return null;
}
