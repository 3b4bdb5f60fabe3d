import type { ProjectMetricId } from "../content/project-file.js";
import { PROJECT_METRIC_TABLE, type SubmissionKind } from "./project-metrics.js";

/** A hidden test set: the truth in the order of the test ids, and which rows the public board scores. */
export interface HiddenTestSet {
  readonly truth: Float64Array;
  /** 1 for rows on the public leaderboard, 0 for the private rest. */
  readonly isPublic: Uint8Array;
}

export type Scores = Partial<Record<ProjectMetricId, number>>;

function pick(values: Float64Array, mask: Uint8Array, want: number): Float64Array {
  let count = 0;
  for (let i = 0; i < mask.length; i += 1) if (mask[i] === want) count += 1;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < mask.length; i += 1) if (mask[i] === want) out[k++] = values[i] as number;
  return out;
}

function scoreAll(
  metrics: readonly ProjectMetricId[],
  truth: Float64Array,
  predicted: Float64Array,
  kind: SubmissionKind,
): Scores {
  const scores: Scores = {};
  for (const id of metrics) {
    const value = PROJECT_METRIC_TABLE[id].score(truth, predicted, kind);
    if (value !== null) scores[id] = value;
  }
  return scores;
}

/** Scores predictions (in test-id order) on the public and the private part of a hidden test set. */
export function scoreSubmission(
  metrics: readonly ProjectMetricId[],
  hidden: HiddenTestSet,
  predicted: Float64Array,
  kind: SubmissionKind,
): { readonly public: Scores; readonly private: Scores } {
  return {
    public: scoreAll(metrics, pick(hidden.truth, hidden.isPublic, 1), pick(predicted, hidden.isPublic, 1), kind),
    private: scoreAll(metrics, pick(hidden.truth, hidden.isPublic, 0), pick(predicted, hidden.isPublic, 0), kind),
  };
}
