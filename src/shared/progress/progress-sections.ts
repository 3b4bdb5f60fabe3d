// Plain constants, apart from the Zod schemas, so the web app can name the kinds without bundling Zod.

/**
 * Every kind of record an export carries, in the order an import writes them (a kind may point at
 * an earlier one: a submission's model at a model version). The document's sections have these names.
 */
export const PROGRESS_SECTIONS = [
  "topicStatuses",
  "topicNotes",
  "exerciseDrafts",
  "exerciseDraftVersions",
  "exerciseAttempts",
  "quizAnswers",
  "reviewCards",
  "models",
  "projectSubmissions",
  "submissionModels",
  "projectClosures",
  "studyPlans",
  "portfolioProfiles",
  "portfolioEntries",
] as const;
export type ProgressSection = (typeof PROGRESS_SECTIONS)[number];

/** Each kind named to a person, for one record and for several: in previews, backups and errors. */
export const PROGRESS_SECTION_NOUNS: Readonly<Record<ProgressSection, { readonly one: string; readonly many: string }>> = {
  topicStatuses: { one: "topic status", many: "topic statuses" },
  topicNotes: { one: "note", many: "notes" },
  exerciseDrafts: { one: "exercise draft", many: "exercise drafts" },
  exerciseDraftVersions: { one: "earlier version of a draft", many: "earlier versions of drafts" },
  exerciseAttempts: { one: "exercise attempt", many: "exercise attempts" },
  quizAnswers: { one: "quiz answer", many: "quiz answers" },
  reviewCards: { one: "review card", many: "review cards" },
  models: { one: "model", many: "models" },
  projectSubmissions: { one: "project submission", many: "project submissions" },
  submissionModels: { one: "model linked to a submission", many: "models linked to submissions" },
  projectClosures: { one: "finished competition", many: "finished competitions" },
  studyPlans: { one: "study plan", many: "study plans" },
  portfolioProfiles: { one: "portfolio profile", many: "portfolio profiles" },
  portfolioEntries: { one: "portfolio write-up", many: "portfolio write-ups" },
};
