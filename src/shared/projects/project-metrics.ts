import type { ProjectMetricId } from "../content/project-file.js";
import { accuracy, mae, mape, precisionRecallF1, rmse, rocAuc } from "../metrics/index.js";

/** What a submission held: numbers (regression), label codes, or probabilities of the positive label. */
export type SubmissionKind = "numbers" | "labels" | "probabilities";

export interface ProjectMetric {
  readonly id: ProjectMetricId;
  readonly label: string;
  readonly direction: "lower" | "higher";
  /** `percent` values are fractions shown as percentages (MAPE 0.05 = 5 %, accuracy 0.9 = 90 %). */
  readonly format: "number" | "percent";
  /**
   * The score, or null when the submission's kind cannot give it (ROC-AUC from hard labels).
   * Truth holds label codes (binary: 1 = positive) or numbers; probabilities are thresholded at 0.5 for label metrics.
   */
  score(truth: Float64Array, predicted: Float64Array, kind: SubmissionKind): number | null;
}

/** Probabilities of the positive label become label codes the way a classifier's predict() does. */
const asLabels = (predicted: Float64Array, kind: SubmissionKind) =>
  kind === "probabilities" ? predicted.map((p) => (p >= 0.5 ? 1 : 0)) : predicted;

/** Every metric a project can use, keyed by the id project files name. */
export const PROJECT_METRIC_TABLE: Readonly<Record<ProjectMetricId, ProjectMetric>> = {
  rmse: { id: "rmse", label: "RMSE", direction: "lower", format: "number", score: (t, p) => rmse(t, p) },
  mae: { id: "mae", label: "MAE", direction: "lower", format: "number", score: (t, p) => mae(t, p) },
  mape: { id: "mape", label: "MAPE", direction: "lower", format: "percent", score: (t, p) => mape(t, p) },
  accuracy: {
    id: "accuracy",
    label: "Accuracy",
    direction: "higher",
    format: "percent",
    score: (t, p, kind) => accuracy(t, asLabels(p, kind)),
  },
  macro_f1: {
    id: "macro_f1",
    label: "Macro-F1",
    direction: "higher",
    format: "number",
    score: (t, p, kind) => precisionRecallF1(t, asLabels(p, kind), "macro").f1,
  },
  f1: {
    id: "f1",
    label: "F1",
    direction: "higher",
    format: "number",
    score: (t, p, kind) => precisionRecallF1(t, asLabels(p, kind), "binary").f1,
  },
  roc_auc: {
    id: "roc_auc",
    label: "ROC-AUC",
    direction: "higher",
    format: "number",
    score: (t, p, kind) => (kind === "probabilities" ? rocAuc(t, p) : null),
  },
};

/** Whether score `a` beats score `b` under a metric's direction. */
export function isBetter(metric: ProjectMetric, a: number, b: number): boolean {
  return metric.direction === "lower" ? a < b : a > b;
}
