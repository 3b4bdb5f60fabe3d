/** One class's probability, for the bar list. */
export interface ClassProbability {
  readonly label: string;
  readonly probability: number;
}

/** What one prediction says, in the form the console shows it. */
export type PredictionReading =
  /** A classifier's answer: the label, and each class's probability when the model gives them. */
  | { readonly kind: "class"; readonly label: string; readonly probabilities: readonly ClassProbability[] }
  /** A single number, such as a regressor's. */
  | { readonly kind: "value"; readonly value: number }
  /** Anything else, shown as JSON. */
  | { readonly kind: "other"; readonly value: unknown };

const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "number" && Number.isFinite(item));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** True for a list that reads as a probability per class: two or more values in [0, 1] adding up to 1. */
function looksLikeProbabilities(values: readonly number[]): boolean {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.length >= 2 && values.every((value) => value >= 0 && value <= 1) && Math.abs(total - 1) < 1e-3;
}

const withIndexLabels = (values: readonly number[]): ClassProbability[] =>
  values.map((probability, index) => ({ label: String(index), probability }));

/** The index of the largest value: the class a probability list picks. */
const argmax = (values: readonly number[]) =>
  values.reduce((best, value, index) => (value > (values[best] ?? -Infinity) ? index : best), 0);

const unwrapScalar = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/**
 * Reads one entry of a predict response's `predictions` for display: `{label, probabilities}` (what
 * Stepwise's exporter writes for a classifier) or a bare probability list becomes a class with its
 * probabilities; a number (or a one-number row) becomes a value; anything else stays as it is.
 * Classes are named by their index in the probability list.
 */
export function readPrediction(prediction: unknown): PredictionReading {
  if (isRecord(prediction)) {
    const label = unwrapScalar(prediction.label);
    const probabilities = prediction.probabilities;
    if (
      (typeof label === "number" || typeof label === "string") &&
      (probabilities === undefined || isNumberList(probabilities))
    ) {
      return { kind: "class", label: String(label), probabilities: probabilities ? withIndexLabels(probabilities) : [] };
    }
    return { kind: "other", value: prediction };
  }
  const single = unwrapScalar(prediction);
  if (typeof single === "number") return { kind: "value", value: single };
  if (isNumberList(prediction) && looksLikeProbabilities(prediction)) {
    return { kind: "class", label: String(argmax(prediction)), probabilities: withIndexLabels(prediction) };
  }
  return { kind: "other", value: prediction };
}
