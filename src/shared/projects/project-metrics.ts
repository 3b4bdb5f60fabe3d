import type { ProjectMetricId } from "../content/project-file.js";
import { accuracy, mae, mape, meanReciprocalRank, precisionRecallF1, recallAtK, rmse, rocAuc } from "../metrics/index.js";
import type { RankedQuery } from "../metrics/retrieval.js";

/** What a submission held: numbers (regression), label codes, probabilities of the positive label, or ranked document ids. */
export type SubmissionKind = "numbers" | "labels" | "probabilities" | "rankings";

/**
 * What a metric scores, row by row in the same order: a table's truth against predicted values,
 * or a retrieval task's relevant documents against ranked ones.
 */
export type ScoringInput =
  | {
      readonly kind: Exclude<SubmissionKind, "rankings">;
      /** Label codes (binary: 1 = positive) or numbers. */
      readonly truth: Float64Array;
      readonly predicted: Float64Array;
    }
  | { readonly kind: "rankings"; readonly queries: readonly RankedQuery[] };

export interface ProjectMetric {
  readonly id: ProjectMetricId;
  readonly label: string;
  readonly direction: "lower" | "higher";
  /** `percent` values are fractions shown as percentages (MAPE 0.05 = 5 %, accuracy 0.9 = 90 %). */
  readonly format: "number" | "percent";
  /**
   * The score, or null when the submission's kind cannot give it (ROC-AUC from hard labels, a
   * table metric of a ranking). Probabilities are thresholded at 0.5 for label metrics.
   */
  score(input: ScoringInput): number | null;
}

/** A metric of table rows: null for rankings. */
function tableMetric(
  score: (truth: Float64Array, predicted: Float64Array, kind: Exclude<SubmissionKind, "rankings">) => number | null,
): ProjectMetric["score"] {
  return (input) => (input.kind === "rankings" ? null : score(input.truth, input.predicted, input.kind));
}

/** Probabilities of the positive label become label codes the way a classifier's predict() does. */
const asLabels = (predicted: Float64Array, kind: SubmissionKind) =>
  kind === "probabilities" ? predicted.map((p) => (p >= 0.5 ? 1 : 0)) : predicted;

/** Every metric a project can use, keyed by the id project files name. */
export const PROJECT_METRIC_TABLE: Readonly<Record<ProjectMetricId, ProjectMetric>> = {
  rmse: { id: "rmse", label: "RMSE", direction: "lower", format: "number", score: tableMetric((t, p) => rmse(t, p)) },
  mae: { id: "mae", label: "MAE", direction: "lower", format: "number", score: tableMetric((t, p) => mae(t, p)) },
  mape: { id: "mape", label: "MAPE", direction: "lower", format: "percent", score: tableMetric((t, p) => mape(t, p)) },
  accuracy: {
    id: "accuracy",
    label: "Accuracy",
    direction: "higher",
    format: "percent",
    score: tableMetric((t, p, kind) => accuracy(t, asLabels(p, kind))),
  },
  macro_f1: {
    id: "macro_f1",
    label: "Macro-F1",
    direction: "higher",
    format: "number",
    score: tableMetric((t, p, kind) => precisionRecallF1(t, asLabels(p, kind), "macro").f1),
  },
  f1: {
    id: "f1",
    label: "F1",
    direction: "higher",
    format: "number",
    score: tableMetric((t, p, kind) => precisionRecallF1(t, asLabels(p, kind), "binary").f1),
  },
  roc_auc: {
    id: "roc_auc",
    label: "ROC-AUC",
    direction: "higher",
    format: "number",
    score: tableMetric((t, p, kind) => (kind === "probabilities" ? rocAuc(t, p) : null)),
  },
  recall_at_10: {
    id: "recall_at_10",
    label: "Recall@10",
    direction: "higher",
    format: "number",
    score: (input) => (input.kind === "rankings" ? recallAtK(input.queries, 10) : null),
  },
  mrr: {
    id: "mrr",
    label: "MRR",
    direction: "higher",
    format: "number",
    score: (input) => (input.kind === "rankings" ? meanReciprocalRank(input.queries) : null),
  },
};

/** Whether score `a` beats score `b` under a metric's direction. */
export function isBetter(metric: ProjectMetric, a: number, b: number): boolean {
  return metric.direction === "lower" ? a < b : a > b;
}
