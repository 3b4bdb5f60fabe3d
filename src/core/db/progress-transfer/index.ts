import type { ProgressSection } from "../../../shared/progress/progress-export.js";
import { exerciseAttemptsTransfer, exerciseDraftsTransfer, exerciseDraftVersionsTransfer } from "./exercises.transfer.js";
import { modelsTransfer } from "./models.transfer.js";
import { portfolioEntriesTransfer, portfolioProfilesTransfer, studyPlansTransfer } from "./plan-portfolio.transfer.js";
import { projectClosuresTransfer, projectSubmissionsTransfer, submissionModelsTransfer } from "./projects.transfer.js";
import { quizAnswersTransfer, reviewCardsTransfer } from "./quiz.transfer.js";
import { topicNotesTransfer, topicStatusesTransfer } from "./topics.transfer.js";
import type { TransferKind } from "./transfer-kind.js";

export type { ImportSource, SectionItem, TransferKind } from "./transfer-kind.js";

/** Every section's reader and writer; the export's section order is the order they are written in. */
export const TRANSFER_KINDS: { readonly [S in ProgressSection]: TransferKind<S> } = {
  topicStatuses: topicStatusesTransfer,
  topicNotes: topicNotesTransfer,
  exerciseDrafts: exerciseDraftsTransfer,
  exerciseDraftVersions: exerciseDraftVersionsTransfer,
  exerciseAttempts: exerciseAttemptsTransfer,
  quizAnswers: quizAnswersTransfer,
  reviewCards: reviewCardsTransfer,
  models: modelsTransfer,
  projectSubmissions: projectSubmissionsTransfer,
  submissionModels: submissionModelsTransfer,
  projectClosures: projectClosuresTransfer,
  studyPlans: studyPlansTransfer,
  portfolioProfiles: portfolioProfilesTransfer,
  portfolioEntries: portfolioEntriesTransfer,
};
