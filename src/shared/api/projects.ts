import { z } from "zod";

export const ProjectParamsSchema = z.object({ projectId: z.string().min(1).max(200) });

/** The 404 body for a project id that does not exist. */
export const projectNotFound = (projectId: string) => ({
  statusCode: 404,
  error: "Not Found",
  message: `There is no project "${projectId}". GET /api/projects lists them.`,
});
/** The files a project hands out: its data (a retrieval project adds its corpus) and the worked notebook (docs/notebook-format.md). */
const ProjectFileNameSchema = z.enum(["train.csv", "test.csv", "sample_submission.csv", "starter.ipynb", "corpus.csv"]);
export const ProjectFileParamsSchema = ProjectParamsSchema.extend({ file: ProjectFileNameSchema });
export const SubmissionParamsSchema = ProjectParamsSchema.extend({ submissionId: z.string().min(1).max(100) });

export const MetricViewSchema = z.object({
  id: z.string().describe("e.g. rmse, mape, accuracy, macro_f1, f1, roc_auc"),
  label: z.string(),
  direction: z.enum(["lower", "higher"]).describe("Which way is better"),
  format: z.enum(["number", "percent"]),
});

/** Scores by metric id; a metric that needs probabilities is absent when labels were submitted. */
export const ScoresSchema = z.record(z.string(), z.number());

export const ProjectSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  datasetId: z.string(),
  topicId: z.string(),
  primaryMetric: MetricViewSchema,
  closed: z.boolean().describe("Closed competitions show private scores and take no more submissions"),
  mySubmissions: z.number().int(),
  myBestPublicScore: z.number().nullable(),
});

export const ProjectListResponseSchema = z.object({ projects: z.array(ProjectSummarySchema) });

export const ProjectResponseSchema = ProjectSummarySchema.extend({
  lateSubmissions: z.boolean().describe("Closed, and taking late submissions: scored, never ranked"),
  briefHtml: z.string(),
  steps: z.array(
    z.object({
      title: z.string(),
      html: z.string(),
      exercise: z.object({ id: z.string(), title: z.string() }).nullable(),
    }),
  ),
  metrics: z.array(MetricViewSchema).describe("The first is the leaderboard's"),
  files: z.array(
    z.object({
      name: ProjectFileNameSchema,
      description: z.string(),
      rows: z.number().int().nullable().describe("Data rows; null for the notebook"),
      url: z.string(),
    }),
  ),
  submission: z.object({
    header: z.array(z.string()).describe("The sample submission's header, which a submission must repeat"),
    idColumn: z.string(),
    valueColumn: z.string(),
    valueHelp: z.string().describe("What a value must be, in words"),
    rows: z.number().int(),
  }),
  split: z.object({
    trainRows: z.number().int(),
    testRows: z.number().int(),
    publicRows: z.number().int().describe("Test rows behind the public leaderboard; the rest are private"),
    description: z.string(),
  }),
  limits: z.object({
    dailySubmissions: z.number().int(),
    usedToday: z.number().int(),
    resetsAt: z.string().describe("ISO time of the next UTC midnight"),
    maxFinal: z.number().int(),
  }),
  modelInputs: z
    .object({
      count: z.number().int().describe("Numbers per test row a deployed model is given"),
      first: z.string(),
      last: z.string(),
    })
    .nullable()
    .describe("What a deployed model is checked on: test.csv's columns, as they are; null when they are not all numbers"),
});

export const SubmissionViewSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
  kind: z.enum(["numbers", "labels", "probabilities", "rankings"]),
  publicScores: ScoresSchema,
  privateScores: ScoresSchema.nullable().describe("Only once the competition is closed"),
  final: z.boolean().describe("Chosen for the final (private) ranking"),
  late: z.boolean().describe("Made after the competition closed: scored, never ranked"),
  imported: z.boolean().describe("Came from an imported export, not uploaded to this Stepwise"),
  description: z.string().nullable().describe("What you tried, in your words"),
  model: z
    .object({ name: z.string(), version: z.number().int(), reproduced: z.boolean() })
    .nullable()
    .describe("The deployed model linked to this submission, and whether it reproduced it"),
});

export const LinkModelBodySchema = z.strictObject({
  name: z.string().min(1).max(63).describe("Your model's name"),
  version: z.number().int().min(1),
});

export const ModelCheckSchema = z.object({
  model: z.object({ name: z.string(), version: z.number().int() }),
  reproduced: z.boolean().describe("The served model gave exactly the submitted predictions"),
  rows: z.number().int(),
  matchingRows: z.number().int(),
  firstDifference: z
    .object({ id: z.string(), submitted: z.string(), served: z.string() })
    .nullable()
    .describe("The first test row where the served prediction differs"),
  submittedPublicScores: ScoresSchema,
  servedPublicScores: ScoresSchema,
  checkedAt: z.string(),
});

export const SubmissionListResponseSchema = z.object({ submissions: z.array(SubmissionViewSchema) });

/** What the learner tried in a submission; portfolio write-ups quote it. */
const DescriptionSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000, "must be at most 2,000 characters; say what you tried in a few sentences")
  .describe("What you tried (at most 2,000 characters)");

export const SubmitQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).default("submission.csv").describe("Shown in your submissions list"),
  description: DescriptionSchema.optional(),
  cohort: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("Multi-user mode: the cohort whose board the answer's rank is on (one you are in); without it, among your own"),
});

export const SetDescriptionBodySchema = z.strictObject({ description: z.union([DescriptionSchema, z.literal("")]) });

export const SubmitResponseSchema = z.object({
  submission: SubmissionViewSchema,
  rank: z
    .number()
    .int()
    .nullable()
    .describe(
      "Your place on the public leaderboard after this submission (multi-user mode: the `cohort`'s board, else among your own submissions); null for a late one, which is not ranked",
    ),
  of: z.number().int().describe("Learners on that leaderboard"),
  rankedAmong: z
    .enum(["everyone", "cohort", "own"])
    .describe(
      "Whose board: everyone's (local mode), the named cohort's, or only your own submissions (multi-user mode without a cohort)",
    ),
  cohort: z.object({ id: z.string(), name: z.string() }).nullable().describe("The cohort ranked among, when one was named"),
  usedToday: z.number().int(),
  dailySubmissions: z.number().int(),
});

/** A malformed submission: what is wrong, where, and nothing stored. */
export const SubmissionErrorSchema = z.object({
  statusCode: z.literal(400),
  error: z.string(),
  message: z.string().describe("What is wrong and how to fix it"),
  line: z.number().int().nullable().describe("1-based line of the file, the header being line 1"),
  column: z.string().nullable(),
});

export const FinalBodySchema = z.strictObject({ final: z.boolean() });

export const LeaderboardQuerySchema = z.object({
  cohort: z.string().min(1).max(200).optional().describe("Multi-user mode: the cohort whose board to show (one you are in)"),
});

export const LeaderboardResponseSchema = z.object({
  metric: MetricViewSchema,
  cohort: z
    .object({ id: z.string(), name: z.string(), deadline: z.string().nullable(), competing: z.boolean() })
    .nullable()
    .describe("Multi-user mode: the cohort this board ranks (competing: its instructor opened a competition for this project)"),
  board: z.enum(["public", "private"]).describe("Private once the competition is closed"),
  closed: z.boolean(),
  entries: z.array(
    z.object({
      rank: z.number().int().nullable().describe("null for baselines, which are shown for reference"),
      name: z.string(),
      score: z.number(),
      submissions: z.number().int(),
      lastSubmittedAt: z.string().nullable(),
      isMe: z.boolean(),
      isBaseline: z.boolean(),
      liveModel: z.boolean().describe("A deployed model reproduces one of this learner's submissions"),
    }),
  ),
});

export const FinishResponseSchema = z.object({ closed: z.literal(true), closedAt: z.string() });

export const LateSubmissionsBodySchema = z.strictObject({
  accept: z.boolean({ error: "must be true (take late submissions) or false (stop taking them)" }),
});
export const LateSubmissionsResponseSchema = z.object({
  lateSubmissions: z.boolean().describe("The finished competition takes late submissions: scored, never ranked"),
});
