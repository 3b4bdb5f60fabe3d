import { checkLengths as check } from "./classification.js";

/** Root mean squared error. */
export function rmse(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(truth, predicted);
  let sum = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const error = (truth[i] as number) - (predicted[i] as number);
    sum += error * error;
  }
  return Math.sqrt(sum / truth.length);
}

/** Mean absolute error. */
export function mae(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(truth, predicted);
  let sum = 0;
  for (let i = 0; i < truth.length; i += 1) sum += Math.abs((truth[i] as number) - (predicted[i] as number));
  return sum / truth.length;
}

/**
 * Mean absolute percentage error as a fraction (0.05 = 5 %), like scikit-learn: each error is
 * divided by max(|truth|, machine epsilon), so a zero truth gives a huge term, not a division by zero.
 */
export function mape(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(truth, predicted);
  let sum = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const y = truth[i] as number;
    sum += Math.abs(y - (predicted[i] as number)) / Math.max(Math.abs(y), Number.EPSILON);
  }
  return sum / truth.length;
}

/** Symmetric MAPE as a fraction in [0, 2]: mean of 2|y − ŷ| / (|y| + |ŷ|), with 0/0 counted as 0. */
export function smape(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(truth, predicted);
  let sum = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const y = truth[i] as number;
    const p = predicted[i] as number;
    const denominator = Math.abs(y) + Math.abs(p);
    if (denominator > 0) sum += (2 * Math.abs(y - p)) / denominator;
  }
  return sum / truth.length;
}

/** Coefficient of determination; like scikit-learn, 1 for a perfect fit of constant truth and 0 otherwise. */
export function r2(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(truth, predicted);
  let mean = 0;
  for (let i = 0; i < truth.length; i += 1) mean += truth[i] as number;
  mean /= truth.length;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const y = truth[i] as number;
    residual += (y - (predicted[i] as number)) ** 2;
    total += (y - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
