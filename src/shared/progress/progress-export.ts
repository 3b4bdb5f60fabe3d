import { z } from "zod";
import { SlugSchema } from "../content/slug.js";
import { PROGRESS_SECTIONS, type ProgressSection } from "./progress-sections.js";
import { NoteTextSchema, TopicStatusSchema } from "./schemas.js";

export { PROGRESS_SECTIONS, type ProgressSection };
import {
  ExerciseAttemptItemSchema,
  ExerciseDraftItemSchema,
  ExerciseDraftVersionItemSchema,
  ModelItemSchema,
  PortfolioEntryItemSchema,
  PortfolioProfileItemSchema,
  ProjectClosureItemSchema,
  ProjectSubmissionItemSchema,
  QuizAnswerItemSchema,
  ReviewCardItemSchema,
  StudyPlanItemSchema,
  SubmissionModelItemSchema,
  TopicNoteItemSchema,
  TopicStatusItemSchema,
} from "./progress-export-items.js";

export const PROGRESS_EXPORT_FORMAT = "stepwise-progress";
export const PROGRESS_EXPORT_VERSION = 2;

const formatField = z.literal(PROGRESS_EXPORT_FORMAT, { error: `must be "${PROGRESS_EXPORT_FORMAT}"` });

const sections = {
  topicStatuses: z.array(TopicStatusItemSchema),
  topicNotes: z.array(TopicNoteItemSchema),
  exerciseDrafts: z.array(ExerciseDraftItemSchema),
  exerciseDraftVersions: z.array(ExerciseDraftVersionItemSchema),
  exerciseAttempts: z.array(ExerciseAttemptItemSchema),
  quizAnswers: z.array(QuizAnswerItemSchema),
  reviewCards: z.array(ReviewCardItemSchema),
  models: z.array(ModelItemSchema),
  projectSubmissions: z.array(ProjectSubmissionItemSchema),
  submissionModels: z.array(SubmissionModelItemSchema),
  projectClosures: z.array(ProjectClosureItemSchema),
  studyPlans: z.array(StudyPlanItemSchema).max(1, "holds at most one plan"),
  portfolioProfiles: z.array(PortfolioProfileItemSchema).max(1, "holds at most one profile"),
  portfolioEntries: z.array(PortfolioEntryItemSchema),
} satisfies Record<ProgressSection, z.ZodType>;

/**
 * Everything a learner has done, as one portable JSON document: what `GET /api/progress/export`
 * returns and `POST /api/progress/import` accepts. Model files travel beside it in the zip export.
 */
export const ProgressExportSchema = z.strictObject({
  format: formatField,
  version: z.literal(PROGRESS_EXPORT_VERSION, { error: `must be ${PROGRESS_EXPORT_VERSION}` }),
  exportedAt: z.iso.datetime(),
  ...sections,
});
export type ProgressExport = z.infer<typeof ProgressExportSchema>;

/** The first export format (statuses and notes only), still accepted by import. */
const ProgressExportV1Schema = z.strictObject({
  format: formatField,
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  topics: z.record(
    SlugSchema,
    z.strictObject({
      status: TopicStatusSchema.optional(),
      note: NoteTextSchema.optional(),
      updatedAt: z.iso.datetime().optional(),
    }),
  ),
});

/**
 * A file to import: any version Stepwise has written. `sections` names what the file covers; a
 * replace import changes only those, so an old statuses-and-notes file never wipes attempts.
 */
export interface ImportDocument {
  readonly document: ProgressExport;
  readonly sections: readonly ProgressSection[];
}

export const ImportFileSchema = z
  .discriminatedUnion("version", [ProgressExportV1Schema, ProgressExportSchema], {
    error: `must be a Stepwise export (format "${PROGRESS_EXPORT_FORMAT}", version 1 or ${PROGRESS_EXPORT_VERSION}); download one from /progress`,
  })
  .transform((file): ImportDocument =>
    file.version === 1
      ? { document: upgradeV1(file), sections: ["topicStatuses", "topicNotes"] }
      : { document: file, sections: PROGRESS_SECTIONS },
  );

function upgradeV1(old: z.infer<typeof ProgressExportV1Schema>): ProgressExport {
  const empty = Object.fromEntries(PROGRESS_SECTIONS.map((section) => [section, []])) as unknown as Pick<
    ProgressExport,
    ProgressSection
  >;
  const topics = Object.entries(old.topics);
  const updatedAt = (entry: (typeof topics)[number][1]) => entry.updatedAt ?? old.exportedAt;
  return {
    ...empty,
    format: PROGRESS_EXPORT_FORMAT,
    version: PROGRESS_EXPORT_VERSION,
    exportedAt: old.exportedAt,
    topicStatuses: topics.flatMap(([topicId, entry]) =>
      entry.status === undefined ? [] : [{ topicId, status: entry.status, updatedAt: updatedAt(entry) }],
    ),
    topicNotes: topics.flatMap(([topicId, entry]) =>
      entry.note === undefined ? [] : [{ topicId, text: entry.note, updatedAt: updatedAt(entry) }],
    ),
  };
}
