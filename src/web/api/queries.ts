import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type {
  AnswerResponse,
  DatasetDownloadResponse,
  DatasetListResponse,
  DatasetSummaryResponse,
  AttemptResponse,
  AttemptStatusResponse,
  ExerciseResponse,
  FaqResponse,
  NoteResponse,
  ProgressResponse,
  GradeReviewResponse,
  LeaderboardResponse,
  ProjectListResponse,
  ProjectResponse,
  PythonSettingsResponse,
  QuizResponse,
  ReviewQueueResponse,
  ReviewSummaryResponse,
  RoadmapResponse,
  SaveDraftResponse,
  SetStatusResponse,
  SolutionResponse,
  StageResponse,
  SubmissionListResponse,
  SubmissionView,
  SubmitResponse,
  TopicResponse,
  LateSubmissionsResponse,
  DraftChange,
  DraftVersionsResponse,
} from "../../shared/api/index.js";
import type { GradingResult } from "../../shared/grading/result.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import { api, ApiError, postFile } from "./client.js";
import { apiPaths } from "./paths.js";
import { learnerWorkKeys } from "./readiness-queries.js";

const keys = {
  roadmap: ["roadmap"] as const,
  progress: ["progress"] as const,
  faq: ["faq"] as const,
  stage: (id: string) => ["stage", id] as const,
  topic: (id: string) => ["topic", id] as const,
  exercise: (id: string) => ["exercise", id] as const,
  draftVersions: (id: string) => ["exercise", id, "draft-versions"] as const,
  python: ["python"] as const,
  quiz: (topicId: string) => ["quiz", topicId] as const,
  review: ["review"] as const,
  reviewSummary: ["review-summary"] as const,
  datasets: ["datasets"] as const,
  dataset: (id: string) => ["dataset", id] as const,
  datasetDownload: (id: string) => ["dataset-download", id] as const,
  projects: ["projects"] as const,
  project: (id: string) => ["project", id] as const,
  submissions: (id: string) => ["project", id, "submissions"] as const,
  leaderboard: (id: string, cohortId: string | null) => ["project", id, "leaderboard", cohortId] as const,
};

export const useRoadmap = () => useQuery({ queryKey: keys.roadmap, queryFn: () => api.get<RoadmapResponse>("/api/roadmap") });
export const useProgress = () => useQuery({ queryKey: keys.progress, queryFn: () => api.get<ProgressResponse>("/api/progress") });
export const useFaq = () =>
  useQuery({ queryKey: keys.faq, queryFn: () => api.get<FaqResponse>("/api/faq"), staleTime: Infinity });
export const useStage = (id: string) =>
  useQuery({ queryKey: keys.stage(id), queryFn: () => api.get<StageResponse>(`/api/stages/${encodeURIComponent(id)}`) });
/** One topic, as its page and its route (which starts Python early, see main.tsx) ask for it. */
export const topicQuery = (id: string) =>
  queryOptions({ queryKey: keys.topic(id), queryFn: () => api.get<TopicResponse>(apiPaths.topic(id)) });
export const useTopic = (id: string) => useQuery(topicQuery(id));

/**
 * Sets a topic's status optimistically: the topic page changes at once and rolls back (with the
 * server's message, via the mutation's error) if the server refuses.
 */
export function useSetTopicStatus(topicId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: TopicStatus) =>
      api.put<SetStatusResponse>(`/api/progress/topics/${encodeURIComponent(topicId)}`, { status }),
    onMutate: async (status) => {
      await client.cancelQueries({ queryKey: keys.topic(topicId) });
      const previous = client.getQueryData<TopicResponse>(keys.topic(topicId));
      if (previous) client.setQueryData<TopicResponse>(keys.topic(topicId), { ...previous, status });
      return { previous };
    },
    onError: (_error, _status, context) => {
      if (context?.previous) client.setQueryData(keys.topic(topicId), context.previous);
    },
    // Statuses appear on every page (rail, roadmap, stage, progress): refresh them all.
    onSettled: () => client.invalidateQueries(),
  });
}

export function useSaveNote(topicId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<NoteResponse>(`/api/notes/topics/${encodeURIComponent(topicId)}`, { text }),
    onSuccess: (note) => {
      client.setQueryData<TopicResponse>(keys.topic(topicId), (topic) =>
        topic ? { ...topic, note: { text: note.text, updatedAt: note.updatedAt } } : topic,
      );
    },
  });
}

export const useExercise = (id: string) =>
  useQuery({ queryKey: keys.exercise(id), queryFn: () => api.get<ExerciseResponse>(`/api/exercises/${encodeURIComponent(id)}`) });
/** The server's Python settings; also fetched before a page renders, to start Python early (main.tsx). */
export const pythonSettingsQuery = {
  queryKey: keys.python,
  queryFn: () => api.get<PythonSettingsResponse>("/api/python"),
  staleTime: Infinity,
} as const;

export const usePythonSettings = () => useQuery(pythonSettingsQuery);

/** Earlier code of the learner's draft, fetched when asked for. */
export const useDraftVersions = (exerciseId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.draftVersions(exerciseId),
    queryFn: () => api.get<DraftVersionsResponse>(`/api/exercises/${encodeURIComponent(exerciseId)}/draft/versions`),
    enabled,
  });

export function useSaveDraft(exerciseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: { code: string; change: DraftChange }) =>
      api.put<SaveDraftResponse>(`/api/exercises/${encodeURIComponent(exerciseId)}/draft`, draft),
    // Keep the cached exercise in step, so coming back to the page shows this code at once.
    onSuccess: (saved, { code }) => {
      client.setQueryData<ExerciseResponse>(keys.exercise(exerciseId), (exercise) =>
        exercise ? { ...exercise, draft: { code, updatedAt: saved.updatedAt } } : exercise,
      );
      void client.invalidateQueries({ queryKey: keys.draftVersions(exerciseId) });
    },
  });
}

/** Records a run: the browser's results, or code for the server's Python to grade. */
export function useRecordAttempt(exerciseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      body: { runtime: "browser"; code: string; result: GradingResult } | { runtime: "native" | "sandbox"; code: string },
    ) => api.post<AttemptResponse>(`/api/exercises/${encodeURIComponent(exerciseId)}/attempts`, body),
    // Solved counts and topic statuses show on many pages.
    onSuccess: () => client.invalidateQueries(),
  });
}

/**
 * Follows an attempt a grading worker is verifying: asks every second, then less often, and
 * answers with the attempt once its verdict is in (null until then, or without an attempt).
 */
export function useAttemptVerdict(exerciseId: string, attemptId: string | null): AttemptStatusResponse | null {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ["attempt-verdict", exerciseId, attemptId],
    queryFn: () =>
      api.get<AttemptStatusResponse>(
        `/api/exercises/${encodeURIComponent(exerciseId)}/attempts/${encodeURIComponent(attemptId ?? "")}`,
      ),
    enabled: attemptId !== null,
    staleTime: 0,
    refetchInterval: (current) =>
      current.state.data?.attempt.verification === "verifying" || !current.state.data
        ? Math.min(1000 + current.state.dataUpdateCount * 250, 3000)
        : false,
  });
  const verdict = query.data && query.data.attempt.verification !== "verifying" ? query.data : null;
  useEffect(() => {
    // Solved counts and topic statuses show on many pages.
    if (verdict) void client.invalidateQueries({ predicate: (item) => item.queryKey[0] !== "attempt-verdict" });
  }, [verdict, client]);
  return verdict;
}

export function useSolution(exerciseId: string) {
  return useMutation({
    mutationFn: () => api.get<SolutionResponse>(`/api/exercises/${encodeURIComponent(exerciseId)}/solution`),
  });
}

export const useQuiz = (topicId: string) =>
  useQuery({ queryKey: keys.quiz(topicId), queryFn: () => api.get<QuizResponse>(`/api/quizzes/${encodeURIComponent(topicId)}`) });
export const useReviewQueue = () =>
  useQuery({ queryKey: keys.review, queryFn: () => api.get<ReviewQueueResponse>("/api/review"), staleTime: 0 });
export const useReviewSummary = () =>
  useQuery({
    queryKey: keys.reviewSummary,
    queryFn: () => api.get<ReviewSummaryResponse>("/api/review/summary"),
    refetchInterval: 60_000,
  });

export function useAnswerQuestion(topicId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { questionId: string; choices?: number[]; value?: number }) =>
      api.post<AnswerResponse>(`/api/quizzes/${encodeURIComponent(topicId)}/answers`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.reviewSummary });
      void client.invalidateQueries({ queryKey: learnerWorkKeys.readiness });
      void client.invalidateQueries({ queryKey: learnerWorkKeys.nextSteps });
    },
  });
}

export function useGradeReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, rating }: { cardId: string; rating: "again" | "hard" | "good" | "easy" }) =>
      api.post<GradeReviewResponse>(`/api/review/${encodeURIComponent(cardId)}`, { rating }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.reviewSummary });
      void client.invalidateQueries({ queryKey: learnerWorkKeys.readiness });
      void client.invalidateQueries({ queryKey: learnerWorkKeys.nextSteps });
    },
  });
}

export const useDatasets = () =>
  useQuery({ queryKey: keys.datasets, queryFn: () => api.get<DatasetListResponse>("/api/datasets"), staleTime: Infinity });
export const useDataset = (id: string) =>
  useQuery({
    queryKey: keys.dataset(id),
    queryFn: () => api.get<DatasetSummaryResponse>(`/api/datasets/${encodeURIComponent(id)}`),
    staleTime: Infinity,
    // 409 means "download it first": the page offers the download instead of retrying.
    retry: (count, error) => count < 2 && !(error instanceof ApiError && (error.status === 404 || error.status === 409)),
  });

const downloadPath = (id: string) => `/api/datasets/${encodeURIComponent(id)}/download`;

/** An on-demand dataset's download state, polled every 500 ms while it downloads or converts. */
export const useDatasetDownload = (id: string) =>
  useQuery({
    queryKey: keys.datasetDownload(id),
    queryFn: () => api.get<DatasetDownloadResponse>(downloadPath(id)),
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.state.status;
      return status === "downloading" || status === "converting" ? 500 : false;
    },
  });

/** Starts (or joins) a download; the answer is shown at once and the polling above takes over. */
export function useStartDatasetDownload(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DatasetDownloadResponse>(downloadPath(id), {}),
    onSuccess: (response) => client.setQueryData(keys.datasetDownload(id), response),
  });
}

const projectPath = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const useProjects = () =>
  useQuery({ queryKey: keys.projects, queryFn: () => api.get<ProjectListResponse>("/api/projects") });
export const useProject = (id: string) =>
  useQuery({ queryKey: keys.project(id), queryFn: () => api.get<ProjectResponse>(projectPath(id)) });
export const useSubmissions = (id: string) =>
  useQuery({ queryKey: keys.submissions(id), queryFn: () => api.get<SubmissionListResponse>(`${projectPath(id)}/submissions`) });
/** The board; in multi-user mode, `cohortId`'s (null: only the learner's own standing). */
export const useLeaderboard = (id: string, cohortId: string | null = null) =>
  useQuery({
    queryKey: keys.leaderboard(id, cohortId),
    queryFn: () =>
      api.get<LeaderboardResponse>(
        `${projectPath(id)}/leaderboard${cohortId === null ? "" : `?cohort=${encodeURIComponent(cohortId)}`}`,
      ),
  });

/** After a submission, a final choice or the finish, the project, its lists and its board may all have changed. */
function refreshProject(client: ReturnType<typeof useQueryClient>, id: string) {
  void client.invalidateQueries({ queryKey: keys.projects });
  // ["project", id] is the prefix of the submissions and leaderboard keys: one call refreshes all three.
  return client.invalidateQueries({ queryKey: keys.project(id) });
}

/** Uploads a CSV for scoring; `onProgress` gets the uploaded fraction. Errors are FileRejectedError. */
export function useSubmitFile(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      description,
      cohortId,
      onProgress,
    }: {
      file: File;
      description?: string;
      /** Multi-user mode: the cohort whose board the answer's rank is on. */
      cohortId?: string | null;
      onProgress?: (fraction: number) => void;
    }) =>
      postFile<SubmitResponse>(
        `${projectPath(projectId)}/submissions?${new URLSearchParams({
          fileName: file.name || "submission.csv",
          ...(description ? { description } : {}),
          ...(cohortId ? { cohort: cohortId } : {}),
        })}`,
        file,
        "text/csv",
        onProgress,
      ),
    // A refused file changes nothing, but a 429 or 409 means the page's limits or state are out of date.
    onSettled: () => refreshProject(client, projectId),
  });
}

/** Marks a submission final (or not) optimistically, rolling back if the server refuses (409 past maxFinal). */
export function useSetFinal(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ submissionId, final }: { submissionId: string; final: boolean }) =>
      api.put<SubmissionView>(`${projectPath(projectId)}/submissions/${encodeURIComponent(submissionId)}/final`, { final }),
    onMutate: async ({ submissionId, final }) => {
      await client.cancelQueries({ queryKey: keys.submissions(projectId) });
      const previous = client.getQueryData<SubmissionListResponse>(keys.submissions(projectId));
      if (previous) {
        client.setQueryData<SubmissionListResponse>(keys.submissions(projectId), {
          submissions: previous.submissions.map((item) => (item.id === submissionId ? { ...item, final } : item)),
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(keys.submissions(projectId), context.previous);
    },
    onSettled: () => refreshProject(client, projectId),
  });
}

/** Closes the competition: the private board shows and no more submissions are taken. */
/** Lets a finished competition take late, unranked submissions, or stops it. */
export function useLateSubmissions(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accept: boolean) => api.put<LateSubmissionsResponse>(`${projectPath(projectId)}/late-submissions`, { accept }),
    onSettled: () => refreshProject(client, projectId),
  });
}

export function useFinishProject(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ closed: true; closedAt: string }>(`${projectPath(projectId)}/finish`, {}),
    onSettled: () => refreshProject(client, projectId),
  });
}
