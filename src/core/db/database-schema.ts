import type { Kysely } from "kysely";
import type { ApiTokensTable } from "./api-tokens.table.js";
import type { AuditLogTable } from "./audit-log.table.js";
import type { CohortInvitesTable, CohortMembersTable, CohortsTable } from "./cohorts.table.js";
import type { AuthAccountsTable, AuthRateLimitsTable, AuthSessionsTable, AuthVerificationsTable } from "./auth.table.js";
import type { ExerciseAttemptsTable } from "./exercise-attempts.table.js";
import type { ExerciseDraftsTable, ExerciseDraftVersionsTable } from "./exercise-drafts.table.js";
import type { ModelAliasesTable, ModelsTable, ModelVersionsTable } from "./models.table.js";
import type {
  ProjectClosuresTable,
  ProjectSubmissionsTable,
  SubmissionModelsTable,
  SubmissionPredictionsTable,
} from "./project-submissions.table.js";
import type { AccountInvitesTable } from "./account-invites.table.js";
import type { CohortCompetitionsTable } from "./cohort-competitions.table.js";
import type { PublicAreasTable } from "./public-areas.table.js";
import type { PortfolioEntriesTable, PortfolioProfilesTable, PublicProfilesTable } from "./portfolio.table.js";
import type { ProgressBackupsTable } from "./progress-backups.table.js";
import type { QuizAnswersTable } from "./quiz-answers.table.js";
import type { ReviewCardsTable } from "./review-cards.table.js";
import type { ServingMinuteLatenciesTable, ServingMinutesTable } from "./serving-minutes.table.js";
import type { StudyPlansTable } from "./study-plans.table.js";
import type { TopicNotesTable } from "./topic-notes.table.js";
import type { TopicProgressTable } from "./topic-progress.table.js";
import type { UsersTable } from "./users.table.js";

export interface DatabaseSchema {
  users: UsersTable;
  topic_progress: TopicProgressTable;
  topic_notes: TopicNotesTable;
  exercise_attempts: ExerciseAttemptsTable;
  exercise_drafts: ExerciseDraftsTable;
  exercise_draft_versions: ExerciseDraftVersionsTable;
  quiz_answers: QuizAnswersTable;
  review_cards: ReviewCardsTable;
  project_submissions: ProjectSubmissionsTable;
  project_closures: ProjectClosuresTable;
  models: ModelsTable;
  model_versions: ModelVersionsTable;
  model_aliases: ModelAliasesTable;
  submission_predictions: SubmissionPredictionsTable;
  submission_models: SubmissionModelsTable;
  study_plans: StudyPlansTable;
  portfolio_entries: PortfolioEntriesTable;
  portfolio_profiles: PortfolioProfilesTable;
  progress_backups: ProgressBackupsTable;
  auth_sessions: AuthSessionsTable;
  auth_accounts: AuthAccountsTable;
  auth_verifications: AuthVerificationsTable;
  auth_rate_limits: AuthRateLimitsTable;
  audit_log: AuditLogTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  cohort_invites: CohortInvitesTable;
  api_tokens: ApiTokensTable;
  public_profiles: PublicProfilesTable;
  account_invites: AccountInvitesTable;
  cohort_competitions: CohortCompetitionsTable;
  public_areas: PublicAreasTable;
  serving_minutes: ServingMinutesTable;
  serving_minute_latencies: ServingMinuteLatenciesTable;
}

/** The one handle every repository takes; the dialect behind it is SQLite or PostgreSQL. */
export type Database = Kysely<DatabaseSchema>;
