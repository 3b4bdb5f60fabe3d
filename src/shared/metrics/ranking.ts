import { MetricError } from "./classification.js";

/**
 * ROC-AUC: the probability that a random positive scores higher than a random negative, ties
 * counting one half (the Mann–Whitney U statistic over n_pos · n_neg). Positive and negative
 * scores are sorted separately with the typed-array sort (native, no comparator) and merged
 * in one pass: O(n log n). Undefined (an error) when the truth has only one class.
 */
export function rocAuc(truth: ArrayLike<number>, scores: ArrayLike<number>): number {
  if (truth.length !== scores.length) throw new MetricError(`truth has ${truth.length} values but scores have ${scores.length}`);
  let positives = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const label = truth[i];
    if (label === 1) positives += 1;
    else if (label !== 0) throw new MetricError(`ROC-AUC needs labels 0 and 1; row ${i + 1} has ${label}`);
  }
  const negatives = truth.length - positives;
  if (positives === 0 || negatives === 0) throw new MetricError("ROC-AUC is undefined when the truth has only one class");
  const positiveScores = new Float64Array(positives);
  const negativeScores = new Float64Array(negatives);
  for (let i = 0, p = 0, n = 0; i < truth.length; i += 1) {
    if (truth[i] === 1) positiveScores[p++] = scores[i] as number;
    else negativeScores[n++] = scores[i] as number;
  }
  positiveScores.sort();
  negativeScores.sort();
  // For each positive (ascending): negatives strictly below count 1, equal ones count 1/2.
  let below = 0;
  let belowOrEqual = 0;
  let wins = 0;
  for (let i = 0; i < positives; i += 1) {
    const score = positiveScores[i] as number;
    while (below < negatives && (negativeScores[below] as number) < score) below += 1;
    if (belowOrEqual < below) belowOrEqual = below;
    while (belowOrEqual < negatives && (negativeScores[belowOrEqual] as number) <= score) belowOrEqual += 1;
    wins += below + 0.5 * (belowOrEqual - below);
  }
  return wins / (positives * negatives);
}
