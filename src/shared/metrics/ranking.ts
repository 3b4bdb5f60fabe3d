import { MetricError } from "./classification.js";

/**
 * ROC-AUC: the probability that a random positive scores higher than a random negative, ties
 * counting one half — the Mann–Whitney U statistic over n_pos · n_neg, computed from average
 * ranks in O(n log n). Undefined (an error) when the truth has only one class.
 */
export function rocAuc(truth: ArrayLike<number>, scores: ArrayLike<number>): number {
  if (truth.length !== scores.length) throw new MetricError(`truth has ${truth.length} values but scores have ${scores.length}`);
  const n = truth.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const values = Float64Array.from({ length: n }, (_, i) => scores[i] as number);
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  let positives = 0;
  let rankSumPositives = 0;
  let i = 0;
  while (i < n) {
    // A run of tied scores shares the average of the ranks it spans (1-based).
    let j = i;
    while (j + 1 < n && values[order[j + 1] as number] === values[order[i] as number]) j += 1;
    const averageRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1) {
      const label = truth[order[k] as number];
      if (label === 1) {
        positives += 1;
        rankSumPositives += averageRank;
      } else if (label !== 0) throw new MetricError(`ROC-AUC needs labels 0 and 1; found ${label}`);
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new MetricError("ROC-AUC is undefined when the truth has only one class");
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}
