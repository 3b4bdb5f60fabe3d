import { z } from "zod";
import { SlugSchema } from "../content/slug.js";
import { GradingResultSchema } from "../grading/result-schema.js";
import { GRADING_STATUSES, RUNTIMES } from "../grading/result.js";
import { ModelAliasSchema, ModelCardSchema, ModelNameSchema, ModelSignatureSchema } from "../api/models.js";
import { CollaboratorSchema, MAX_WRITE_UP_BYTES, ProfileLinkSchema } from "../api/portfolio.js";
import { ModelCheckSchema, ScoresSchema } from "../api/projects.js";
import { AnswerBodySchema } from "../api/quizzes.js";
import { PlanSettingsSchema } from "../plan/plan-settings.js";
import { NoteTextSchema, TopicStatusSchema } from "./schemas.js";

// One schema per kind of record in an export (progress-export.ts). Ids are kept as they were, so
// the records that point at each other (a submission at a model version) still do after an import.

const IdSchema = z.string().min(1).max(100);
const TimestampSchema = z.iso.datetime({ error: "must be a date and time such as 2026-12-03T09:30:00.000Z" });
const CodeSchema = z.string().max(200_000, "code can be at most 200,000 characters");
const ImportedSchema = z
  .boolean()
  .describe("Came from an imported file, not from a run or upload on this Stepwise; never counts as verified");

export const TopicStatusItemSchema = z.strictObject({
  topicId: SlugSchema,
  status: TopicStatusSchema,
  updatedAt: TimestampSchema,
});

export const TopicNoteItemSchema = z.strictObject({
  topicId: SlugSchema,
  text: NoteTextSchema,
  updatedAt: TimestampSchema,
});

export const ExerciseDraftItemSchema = z.strictObject({
  exerciseId: SlugSchema,
  code: CodeSchema,
  updatedAt: TimestampSchema,
});

export const ExerciseDraftVersionItemSchema = z.strictObject({
  id: IdSchema,
  exerciseId: SlugSchema,
  code: CodeSchema,
  savedAt: TimestampSchema,
});

export const ExerciseAttemptItemSchema = z.strictObject({
  id: IdSchema,
  exerciseId: SlugSchema,
  code: CodeSchema,
  runtime: z.enum(RUNTIMES),
  status: z.enum(GRADING_STATUSES),
  testsPassed: z.number().int().nonnegative(),
  testsTotal: z.number().int().nonnegative(),
  result: GradingResultSchema,
  durationMs: z.number().nonnegative(),
  createdAt: TimestampSchema,
  imported: ImportedSchema,
  selfReported: z
    .boolean()
    .default(false)
    .describe("A browser reported this result on a shared Stepwise; the server did not verify it"),
});

export const QuizAnswerItemSchema = z.strictObject({
  id: IdSchema,
  topicId: SlugSchema,
  questionId: z.string().min(1).max(200),
  answer: AnswerBodySchema.describe("What the learner answered, as they sent it"),
  correct: z.boolean(),
  createdAt: TimestampSchema,
});

/** A ts-fsrs card as stored: its dates as ISO strings. */
const FsrsCardSchema = z.strictObject({
  due: TimestampSchema,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number().int(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
  last_review: TimestampSchema.optional(),
});

export const ReviewCardItemSchema = z.strictObject({
  id: IdSchema,
  itemType: z.enum(["question", "exercise"]),
  itemId: z.string().min(1).max(300).describe("<topic>/<question> for questions, the exercise id for exercises"),
  card: FsrsCardSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

const ModelVersionItemSchema = z.strictObject({
  id: IdSchema,
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be the file's SHA-256 as 64 lower-case hex digits"),
  sizeBytes: z.number().int().nonnegative(),
  fileName: z.string().max(300).nullable(),
  signature: ModelSignatureSchema,
  opsets: z.record(z.string(), z.number().int()),
  card: ModelCardSchema,
  createdAt: TimestampSchema,
});

export const ModelItemSchema = z
  .strictObject({
    id: IdSchema,
    name: ModelNameSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    versions: z.array(ModelVersionItemSchema),
    aliases: z.array(z.strictObject({ alias: ModelAliasSchema, versionId: IdSchema, updatedAt: TimestampSchema })),
  })
  .superRefine((model, context) => {
    const versionIds = new Set(model.versions.map((version) => version.id));
    model.aliases.forEach((alias, index) => {
      if (!versionIds.has(alias.versionId))
        context.addIssue({
          code: "custom",
          path: ["aliases", index, "versionId"],
          message: `"${alias.alias}" points at a version this model does not list`,
        });
    });
    const numbers = model.versions.map((version) => version.version);
    if (new Set(numbers).size !== numbers.length)
      context.addIssue({ code: "custom", path: ["versions"], message: "lists a version number twice" });
  });

export const ProjectSubmissionItemSchema = z.strictObject({
  id: IdSchema,
  projectId: SlugSchema,
  fileName: z.string().min(1).max(200),
  kind: z.enum(["numbers", "labels", "probabilities", "rankings"]),
  publicScores: ScoresSchema,
  privateScores: ScoresSchema,
  publicScore: z.number(),
  privateScore: z.number(),
  final: z.boolean(),
  description: z.string().max(2000).nullable(),
  createdAt: TimestampSchema,
  predictionsCsv: z.string().nullable().describe("The submitted file; null for submissions made before files were kept"),
  late: z.boolean().describe("Made after the competition closed: scored, never ranked"),
  imported: ImportedSchema,
});

export const SubmissionModelItemSchema = z.strictObject({
  submissionId: IdSchema,
  modelVersionId: IdSchema,
  reproduced: z.boolean(),
  result: ModelCheckSchema,
  checkedAt: TimestampSchema,
});

export const ProjectClosureItemSchema = z.strictObject({
  projectId: SlugSchema,
  closedAt: TimestampSchema,
  lateSince: TimestampSchema.nullable().describe("Since when it takes late submissions; null: none"),
  imported: ImportedSchema,
});

export const StudyPlanItemSchema = z.strictObject({
  settings: PlanSettingsSchema,
  topics: z.array(z.strictObject({ id: SlugSchema, title: z.string().max(300), hours: z.number().nonnegative() })),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  replannedAt: TimestampSchema.nullable(),
});

export const PortfolioProfileItemSchema = z.strictObject({
  name: z.string().max(100),
  headline: z.string().max(200),
  links: z.array(ProfileLinkSchema).max(8),
  updatedAt: TimestampSchema,
});

const WriteUpSchema = z.string().refine((text) => new TextEncoder().encode(text).length <= MAX_WRITE_UP_BYTES, {
  message: "is over 100 KB",
});

export const PortfolioEntryItemSchema = z.strictObject({
  projectId: SlugSchema,
  markdown: WriteUpSchema,
  draftedMarkdown: WriteUpSchema,
  featured: z.boolean(),
  workKind: z.enum(["individual", "team"]),
  collaborators: z.array(CollaboratorSchema).max(20),
  codeExercises: z.array(SlugSchema).max(5),
  updatedAt: TimestampSchema,
});
