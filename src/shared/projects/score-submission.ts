import type { ProjectMetricId } from "../content/project-file.js";
import { PROJECT_METRIC_TABLE, type ScoringInput } from "./project-metrics.js";
import type { ParsedSubmission } from "./validate-submission.js";

/**
 * A hidden test set, row by row in the order of the test ids: a table's true values, or a
 * retrieval task's relevant documents per query; and which rows the public board scores.
 */
export type HiddenTestSet =
  | { readonly kind: "values"; readonly truth: Float64Array; readonly isPublic: Uint8Array }
  | { readonly kind: "judgments"; readonly relevant: readonly ReadonlySet<string>[]; readonly isPublic: Uint8Array };

export type Scores = Partial<Record<ProjectMetricId, number>>;

/** The rows of `items` whose flag in `mask` is `want`, in order. */
function pick<T>(items: ArrayLike<T>, mask: Uint8Array, want: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < mask.length; i += 1) if (mask[i] === want) out.push(items[i] as T);
  return out;
}

function scoringInput(hidden: HiddenTestSet, submission: ParsedSubmission, want: 0 | 1): ScoringInput {
  if (hidden.kind === "judgments" && submission.kind === "rankings") {
    const relevant = pick(hidden.relevant, hidden.isPublic, want);
    const rankings = pick(submission.rankings, hidden.isPublic, want);
    return { kind: "rankings", queries: relevant.map((set, row) => ({ relevant: set, ranked: rankings[row] ?? [] })) };
  }
  if (hidden.kind === "values" && submission.kind !== "rankings") {
    return {
      kind: submission.kind,
      truth: Float64Array.from(pick(hidden.truth, hidden.isPublic, want)),
      predicted: Float64Array.from(pick(submission.values, hidden.isPublic, want)),
    };
  }
  throw new Error(`a submission of ${submission.kind} cannot be scored against hidden ${hidden.kind}`);
}

function scoreAll(metrics: readonly ProjectMetricId[], input: ScoringInput): Scores {
  const scores: Scores = {};
  for (const id of metrics) {
    const value = PROJECT_METRIC_TABLE[id].score(input);
    if (value !== null) scores[id] = value;
  }
  return scores;
}

/** Scores a validated submission (rows in test-id order) on the public and the private part of a hidden test set. */
export function scoreSubmission(
  metrics: readonly ProjectMetricId[],
  hidden: HiddenTestSet,
  submission: ParsedSubmission,
): { readonly public: Scores; readonly private: Scores } {
  return {
    public: scoreAll(metrics, scoringInput(hidden, submission, 1)),
    private: scoreAll(metrics, scoringInput(hidden, submission, 0)),
  };
}
