import type { z } from "zod";
import type { ErrorResponseSchema, ProgressSummarySchema, StageSummarySchema, TopicSummarySchema } from "./common.js";
import type { MeResponseSchema, UserRoleSchema } from "./accounts.js";
import type {
  AccountInviteListResponseSchema,
  AccountListResponseSchema,
  AuditLogResponseSchema,
  CreatedAccountInviteSchema,
  PublicAreaListResponseSchema,
  GradingStatusResponseSchema,
  RetryGradingResponseSchema,
} from "./admin.js";
import type {
  CohortDashboardResponseSchema,
  CohortListResponseSchema,
  CohortSchema,
  InviteResponseSchema,
  JoinCohortResponseSchema,
  LearnerExerciseWorkSchema,
  LearnerSubmissionsSchema,
  SolutionUnlockSchema,
} from "./cohorts.js";
import type { CreatedTokenResponseSchema, TokenListResponseSchema, TokenSchema } from "./tokens.js";
import type { SessionListResponseSchema } from "./sessions.js";
import type { CohortCompetitionListResponseSchema, CohortCompetitionSchema } from "./cohort-competitions.js";
import type {
  AttemptResponseSchema,
  AttemptStatusResponseSchema,
  BrowserPythonSettingsSchema,
  ExerciseListItemSchema,
  ExerciseResponseSchema,
  PythonSettingsResponseSchema,
  SaveDraftResponseSchema,
  SaveDraftBodySchema,
  DraftVersionsResponseSchema,
  SolutionResponseSchema,
} from "./exercises.js";
import type { DatasetListResponseSchema, DatasetSummaryResponseSchema } from "./datasets.js";
import type { DatasetDownloadResponseSchema, DatasetDownloadStateSchema } from "./dataset-downloads.js";
import type { FaqResponseSchema } from "./faq.js";
import type {
  LeaderboardResponseSchema,
  MetricViewSchema,
  ModelCheckSchema,
  ProjectListResponseSchema,
  ProjectResponseSchema,
  SubmissionErrorSchema,
  LateSubmissionsResponseSchema,
  SubmissionListResponseSchema,
  SubmissionViewSchema,
  SubmitResponseSchema,
} from "./projects.js";
import type {
  AliasResponseSchema,
  ModelCardSchema,
  ModelListResponseSchema,
  ModelResponseSchema,
  ModelSignatureSchema,
  ModelSummarySchema,
  ModelVersionViewSchema,
  PredictResponseSchema,
  MinuteStatsSchema,
  UploadResponseSchema,
  VersionMetricsResponseSchema,
  TensorSpecSchema,
} from "./models.js";
import type { AnswerResponseSchema, QuizResponseSchema } from "./quizzes.js";
import type {
  GradeReviewResponseSchema,
  ReviewItemSchema,
  ReviewQueueResponseSchema,
  ReviewSummaryResponseSchema,
} from "./review.js";
import type { NoteResponseSchema } from "./notes.js";
import type {
  BackupListResponseSchema,
  ImportPreviewResponseSchema,
  ImportResponseSchema,
  ProgressResponseSchema,
  SetStatusResponseSchema,
} from "./progress.js";
import type { RoadmapResponseSchema } from "./roadmap.js";
import type { StageResponseSchema } from "./stages.js";
import type { TopicResponseSchema } from "./topics.js";

/** The API's response types, for clients (the web app) that must not import the server. */
export type ApiErrorBody = z.infer<typeof ErrorResponseSchema>;
export type MeResponse = z.infer<typeof MeResponseSchema>;
export type ProgressSummary = z.infer<typeof ProgressSummarySchema>;
export type StageSummary = z.infer<typeof StageSummarySchema>;
export type TopicSummary = z.infer<typeof TopicSummarySchema>;
export type RoadmapResponse = z.infer<typeof RoadmapResponseSchema>;
export type StageResponse = z.infer<typeof StageResponseSchema>;
export type TopicResponse = z.infer<typeof TopicResponseSchema>;
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;
export type SetStatusResponse = z.infer<typeof SetStatusResponseSchema>;
export type NoteResponse = z.infer<typeof NoteResponseSchema>;
export type ImportResponse = z.infer<typeof ImportResponseSchema>;
export type ImportPreviewResponse = z.infer<typeof ImportPreviewResponseSchema>;
export type BackupListResponse = z.infer<typeof BackupListResponseSchema>;
export type FaqResponse = z.infer<typeof FaqResponseSchema>;
export type ExerciseListItem = z.infer<typeof ExerciseListItemSchema>;
export type ExerciseResponse = z.infer<typeof ExerciseResponseSchema>;
export type AttemptResponse = z.infer<typeof AttemptResponseSchema>;
export type AttemptStatusResponse = z.infer<typeof AttemptStatusResponseSchema>;
export type SolutionResponse = z.infer<typeof SolutionResponseSchema>;
export type SaveDraftResponse = z.infer<typeof SaveDraftResponseSchema>;
export type DraftVersionsResponse = z.infer<typeof DraftVersionsResponseSchema>;
/** Why the editor's code changed: typing, "Reset to the starter", or bringing back earlier code. */
export type DraftChange = z.infer<typeof SaveDraftBodySchema>["change"];
export type PythonSettingsResponse = z.infer<typeof PythonSettingsResponseSchema>;
export type BrowserPythonSettings = z.infer<typeof BrowserPythonSettingsSchema>;
export type QuizResponse = z.infer<typeof QuizResponseSchema>;
export type AnswerResponse = z.infer<typeof AnswerResponseSchema>;
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>;
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
export type ReviewSummaryResponse = z.infer<typeof ReviewSummaryResponseSchema>;
export type GradeReviewResponse = z.infer<typeof GradeReviewResponseSchema>;
export type DatasetListResponse = z.infer<typeof DatasetListResponseSchema>;
export type DatasetSummaryResponse = z.infer<typeof DatasetSummaryResponseSchema>;
export type DatasetDownloadState = z.infer<typeof DatasetDownloadStateSchema>;
export type DatasetDownloadResponse = z.infer<typeof DatasetDownloadResponseSchema>;
export type ProjectListResponse = z.infer<typeof ProjectListResponseSchema>;
export type ProjectResponse = z.infer<typeof ProjectResponseSchema>;
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;
export type SubmissionListResponse = z.infer<typeof SubmissionListResponseSchema>;
export type SubmitResponse = z.infer<typeof SubmitResponseSchema>;
export type LateSubmissionsResponse = z.infer<typeof LateSubmissionsResponseSchema>;
export type SubmissionErrorBody = z.infer<typeof SubmissionErrorSchema>;
export type LeaderboardResponse = z.infer<typeof LeaderboardResponseSchema>;
export type MetricView = z.infer<typeof MetricViewSchema>;
export type TensorSpec = z.infer<typeof TensorSpecSchema>;
export type ModelSignature = z.infer<typeof ModelSignatureSchema>;
export type ModelCard = z.infer<typeof ModelCardSchema>;
export type ModelVersionView = z.infer<typeof ModelVersionViewSchema>;
export type ModelSummary = z.infer<typeof ModelSummarySchema>;
export type ModelResponse = z.infer<typeof ModelResponseSchema>;
export type ModelListResponse = z.infer<typeof ModelListResponseSchema>;
export type AliasResponse = z.infer<typeof AliasResponseSchema>;
export type PredictResponse = z.infer<typeof PredictResponseSchema>;
export type ModelCheck = z.infer<typeof ModelCheckSchema>;
export type MinuteStats = z.infer<typeof MinuteStatsSchema>;
export type VersionMetricsResponse = z.infer<typeof VersionMetricsResponseSchema>;
export type UploadResponse = z.infer<typeof UploadResponseSchema>;
export type { EvidenceLink, ReadinessItem, ReadinessResponse, RequirementResult } from "./readiness.js";
export type { NextStep, NextStepsResponse } from "./next-steps.js";
export type { ActivityResponse, PlanResponse } from "./plan.js";
export type { PortfolioEntry, PortfolioProfile, PortfolioResponse, SkillsSummary } from "./portfolio.js";
export type UserRole = z.infer<typeof UserRoleSchema>;
export type AccountListResponse = z.infer<typeof AccountListResponseSchema>;
export type AuditLogResponse = z.infer<typeof AuditLogResponseSchema>;
export type PublicAreaListResponse = z.infer<typeof PublicAreaListResponseSchema>;
export type GradingStatusResponse = z.infer<typeof GradingStatusResponseSchema>;
export type RetryGradingResponse = z.infer<typeof RetryGradingResponseSchema>;
export type Cohort = z.infer<typeof CohortSchema>;
export type CohortListResponse = z.infer<typeof CohortListResponseSchema>;
export type SolutionUnlock = z.infer<typeof SolutionUnlockSchema>;
export type InviteResponse = z.infer<typeof InviteResponseSchema>;
export type JoinCohortResponse = z.infer<typeof JoinCohortResponseSchema>;
export type CohortDashboardResponse = z.infer<typeof CohortDashboardResponseSchema>;
export type LearnerExerciseWork = z.infer<typeof LearnerExerciseWorkSchema>;
export type LearnerSubmissions = z.infer<typeof LearnerSubmissionsSchema>;
export type TokenView = z.infer<typeof TokenSchema>;
export type TokenListResponse = z.infer<typeof TokenListResponseSchema>;
export type CreatedTokenResponse = z.infer<typeof CreatedTokenResponseSchema>;
export type SessionListResponse = z.infer<typeof SessionListResponseSchema>;
export type { TokenScope } from "./tokens.js";
export type AccountInviteListResponse = z.infer<typeof AccountInviteListResponseSchema>;
export type CreatedAccountInvite = z.infer<typeof CreatedAccountInviteSchema>;
export type CohortCompetition = z.infer<typeof CohortCompetitionSchema>;
export type CohortCompetitionListResponse = z.infer<typeof CohortCompetitionListResponseSchema>;
