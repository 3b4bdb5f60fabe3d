import { z } from "zod";
import { SlugSchema } from "./slug.js";

/** The metrics a project can score with; see src/shared/projects/project-metrics.ts. */
export const PROJECT_METRICS = ["rmse", "mae", "mape", "accuracy", "macro_f1", "f1", "roc_auc", "recall_at_10", "mrr"] as const;
export type ProjectMetricId = (typeof PROJECT_METRICS)[number];

/**
 * How the dataset's rows become training and hidden test rows. `time`: rows dated on or after
 * `test_from` are the test set (the future), and the public board scores the earliest part of it.
 * `random`: a seeded shuffle puts `test_fraction` of the rows in the test set and a seeded draw
 * picks the public part.
 */
export const SplitSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("time"),
    test_from: z.iso.date({ error: "must be a date, YYYY-MM-DD" }),
    public_fraction: z.number().gt(0).lt(1).default(0.3),
  }),
  z.strictObject({
    kind: z.literal("random"),
    test_fraction: z.number().gt(0).lt(1),
    seed: z.number().int().nonnegative(),
    public_fraction: z.number().gt(0).lt(1).default(0.3),
  }),
]);

const NUMBER_METRICS: readonly ProjectMetricId[] = ["rmse", "mae", "mape"];
const RANKING_METRICS: readonly ProjectMetricId[] = ["recall_at_10", "mrr"];

/** What a submission's value column holds. */
export const SubmissionValueSchema = z.discriminatedUnion("type", [
  /**
   * A ranked list of document ids (best first, space-separated) from the `corpus` dataset, whose
   * `doc_id` column names the documents; the target cell holds the relevant ones the same way.
   */
  z.strictObject({
    type: z.literal("ranking"),
    corpus: SlugSchema,
    max_items: z.number().int().min(1).max(100).default(10),
  }),
  z.strictObject({ type: z.literal("number"), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({
    type: z.literal("label"),
    labels: z.array(z.string().min(1)).min(2),
    /** Binary tasks: the label a probability is the probability of; allows probabilities instead of labels. */
    positive: z.string().optional(),
  }),
]);

/** `content/projects/<id>/project.yaml`; the brief is `brief.md` beside it. */
export const ProjectFileSchema = z
  .strictObject({
    id: SlugSchema,
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    topic: SlugSchema.describe("the roadmap topic this project practises"),
    dataset: SlugSchema,
    /** The dataset column used as the id, or `null` to number the rows after a seeded shuffle. */
    id_column: z.string().min(1).nullable(),
    id_prefix: z.string().regex(/^[a-z]{1,8}-?$/).default("row-"),
    target: z.string().min(1),
    train_columns: z.array(z.string().min(1)).describe("features in train.csv besides the id and the target"),
    test_columns: z.array(z.string().min(1)).describe("features in test.csv besides the id; never the target"),
    split: SplitSchema,
    metrics: z.array(z.enum(PROJECT_METRICS)).min(1).describe("the first ranks the leaderboard"),
    value: SubmissionValueSchema,
    baseline: z
      .enum(["last-value", "majority", "bm25"])
      .describe("a naive submission shown on the leaderboard for reference; bm25 ranks a retrieval project's corpus by keywords"),
    steps: z
      .array(z.strictObject({ title: z.string().trim().min(1), body: z.string().trim().min(1), exercise: SlugSchema.optional() }))
      .min(3),
  })
  .superRefine((file, context) => {
    if (file.test_columns.includes(file.target)) {
      context.addIssue({ code: "custom", path: ["test_columns"], message: `must not include the target "${file.target}": it would hand out the answers` });
    }
    if (file.value.type === "number" && file.metrics.some((metric) => !NUMBER_METRICS.includes(metric))) {
      context.addIssue({ code: "custom", path: ["metrics"], message: "a numeric target takes rmse, mae or mape" });
    }
    if (file.value.type === "label" && file.metrics.some((metric) => NUMBER_METRICS.includes(metric) || RANKING_METRICS.includes(metric))) {
      context.addIssue({ code: "custom", path: ["metrics"], message: "a label target takes accuracy, macro_f1, f1 or roc_auc" });
    }
    if (file.value.type === "ranking" && file.metrics.some((metric) => !RANKING_METRICS.includes(metric))) {
      context.addIssue({ code: "custom", path: ["metrics"], message: "a ranking takes recall_at_10 or mrr" });
    }
    if ((file.value.type === "ranking") !== (file.baseline === "bm25")) {
      context.addIssue({ code: "custom", path: ["baseline"], message: "a ranking takes the bm25 baseline, and only a ranking does" });
    }
    const binary = file.value.type === "label" && file.value.positive !== undefined;
    if (!binary && file.metrics.some((metric) => metric === "f1" || metric === "roc_auc")) {
      context.addIssue({ code: "custom", path: ["metrics"], message: "f1 and roc_auc need a binary label with value.positive set" });
    }
    if (file.value.type === "label" && file.value.positive !== undefined && !file.value.labels.includes(file.value.positive)) {
      context.addIssue({ code: "custom", path: ["value", "positive"], message: "must be one of value.labels" });
    }
    if (file.metrics[0] === "roc_auc") {
      context.addIssue({ code: "custom", path: ["metrics", 0], message: "the leaderboard metric must work with labels too; put roc_auc later" });
    }
    if (file.split.kind === "time" && file.baseline === "majority") {
      context.addIssue({ code: "custom", path: ["baseline"], message: "a time split forecasts numbers; use last-value" });
    }
  });

export type ProjectFile = z.infer<typeof ProjectFileSchema>;
