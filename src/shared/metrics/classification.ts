/**
 * Classification metrics over integer class labels, matching scikit-learn's definitions
 * (checked against it in metrics.oracle.test.ts). Inputs are parallel arrays of equal length.
 */

export type Average = "binary" | "macro" | "micro" | "weighted";

export class MetricError extends Error {}

/** Throws a MetricError unless the arrays are non-empty and of equal length. */
export function checkLengths(truth: ArrayLike<number>, predicted: ArrayLike<number>): void {
  if (truth.length !== predicted.length) {
    throw new MetricError(
      `truth has ${truth.length} values but predictions have ${predicted.length}; they must match one to one`,
    );
  }
  if (truth.length === 0) throw new MetricError("there are no values to score");
}

/** Share of predictions equal to the truth. */
export function accuracy(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkLengths(truth, predicted);
  let right = 0;
  for (let i = 0; i < truth.length; i += 1) if (truth[i] === predicted[i]) right += 1;
  return right / truth.length;
}

/** The sorted distinct labels of both arrays, as scikit-learn's `unique_labels`. */
export function labelsOf(truth: ArrayLike<number>, predicted: ArrayLike<number>): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < truth.length; i += 1) seen.add(truth[i] as number);
  for (let i = 0; i < predicted.length; i += 1) seen.add(predicted[i] as number);
  return [...seen].sort((a, b) => a - b);
}

/** Rows are true labels, columns predicted labels, both in `labels` order (default: all, sorted). */
export function confusionMatrix(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  labels = labelsOf(truth, predicted),
): number[][] {
  checkLengths(truth, predicted);
  const index = new Map(labels.map((label, position) => [label, position]));
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  for (let i = 0; i < truth.length; i += 1) {
    const row = index.get(truth[i] as number);
    const column = index.get(predicted[i] as number);
    if (row !== undefined && column !== undefined)
      (matrix[row] as number[])[column] = ((matrix[row] as number[])[column] ?? 0) + 1;
  }
  return matrix;
}

interface PerClass {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly support: number;
}

function perClassCounts(truth: ArrayLike<number>, predicted: ArrayLike<number>, labels: readonly number[]): PerClass[] {
  const index = new Map(labels.map((label, position) => [label, position]));
  const tp = new Float64Array(labels.length);
  const predictedCount = new Float64Array(labels.length);
  const support = new Float64Array(labels.length);
  for (let i = 0; i < truth.length; i += 1) {
    const t = index.get(truth[i] as number);
    const p = index.get(predicted[i] as number);
    if (t !== undefined) support[t] = (support[t] ?? 0) + 1;
    if (p !== undefined) predictedCount[p] = (predictedCount[p] ?? 0) + 1;
    if (t !== undefined && t === p) tp[t] = (tp[t] ?? 0) + 1;
  }
  return labels.map((_, k) => ({
    tp: tp[k] ?? 0,
    fp: (predictedCount[k] ?? 0) - (tp[k] ?? 0),
    fn: (support[k] ?? 0) - (tp[k] ?? 0),
    support: support[k] ?? 0,
  }));
}

// A zero denominator gives 0, as scikit-learn's default zero_division does (it also warns).
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function scoresOf(counts: Pick<PerClass, "tp" | "fp" | "fn">): Scores {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  // F1 from counts (2TP / (2TP+FP+FN)) equals the harmonic mean of precision and recall, without the 0/0 case.
  const f1 = ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn);
  return { precision, recall, f1 };
}

/**
 * Precision, recall and F1. `binary` scores `positiveLabel` only; `macro` averages the per-class
 * scores equally; `weighted` weighs them by support; `micro` pools all counts first.
 */
export function precisionRecallF1(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  average: Average = "binary",
  positiveLabel = 1,
): Scores {
  checkLengths(truth, predicted);
  const labels = labelsOf(truth, predicted);
  if (average === "binary") {
    if (labels.length > 2)
      throw new MetricError(`binary scoring needs at most two classes, found ${labels.length}; use macro, micro or weighted`);
    const [counts] = perClassCounts(truth, predicted, [positiveLabel]);
    return scoresOf(counts ?? { tp: 0, fp: 0, fn: 0 });
  }
  const perClass = perClassCounts(truth, predicted, labels);
  if (average === "micro") {
    const pooled = perClass.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
    return scoresOf(pooled);
  }
  const scores = perClass.map(scoresOf);
  const totalSupport = perClass.reduce((sum, c) => sum + c.support, 0);
  const weights = perClass.map((c) => (average === "macro" ? 1 / perClass.length : ratio(c.support, totalSupport)));
  const mean = (pick: (s: Scores) => number) => scores.reduce((sum, s, k) => sum + pick(s) * (weights[k] ?? 0), 0);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

/** Probabilities are clipped to [1e-15, 1 − 1e-15] so that a confident mistake costs a lot, not infinity. */
const LOG_LOSS_EPSILON = 1e-15;

/** Binary cross-entropy: `probabilities` are P(class 1); truth is 0 or 1. */
export function logLoss(truth: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLengths(truth, probabilities);
  let sum = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const y = truth[i] as number;
    if (y !== 0 && y !== 1) throw new MetricError(`log loss needs labels 0 and 1; row ${i + 1} has ${y}`);
    const p = Math.min(Math.max(probabilities[i] as number, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
    sum += y === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return -sum / truth.length;
}
