import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Cohort,
  CohortCompetition,
  CohortCompetitionListResponse,
  CohortDashboardResponse,
  CohortListResponse,
  ExerciseListItem,
  InviteResponse,
  JoinCohortResponse,
  LearnerExerciseWork,
  LearnerSubmissions,
  SolutionUnlock,
} from "../../shared/api/index.js";
import { api } from "./client.js";

const keys = {
  cohorts: ["cohorts"] as const,
  dashboard: (cohortId: string, inactiveDays: number, failures: number) =>
    ["cohorts", cohortId, "dashboard", inactiveDays, failures] as const,
  learnerSubmissions: (cohortId: string, userId: string) => ["cohorts", cohortId, "learners", userId, "submissions"] as const,
  learnerExercise: (cohortId: string, userId: string, exerciseId: string) =>
    ["cohorts", cohortId, "learners", userId, "exercises", exerciseId] as const,
};

const competitionsKey = (cohortId: string) => ["cohorts", cohortId, "competitions"] as const;

const cohortPath = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}`;

/** The signed-in person's cohorts; `enabled` false where there are none to ask for (local mode). */
export const useCohorts = (enabled = true) =>
  useQuery({ queryKey: keys.cohorts, queryFn: () => api.get<CohortListResponse>("/api/cohorts"), enabled });

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Cohort>("/api/cohorts", { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.cohorts }),
  });
}

export function useChangeCohort(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { name?: string; solutionUnlock?: SolutionUnlock }) => api.patch<Cohort>(cohortPath(cohortId), change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.cohorts }),
  });
}

export const useCreateInvite = (cohortId: string) =>
  useMutation({ mutationFn: (days: number) => api.post<InviteResponse>(`${cohortPath(cohortId)}/invites`, { days }) });

export function useJoinCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<JoinCohortResponse>("/api/cohorts/join", { token }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.cohorts }),
  });
}

export const useCohortDashboard = (cohortId: string, inactiveDays: number, failures: number) =>
  useQuery({
    queryKey: keys.dashboard(cohortId, inactiveDays, failures),
    queryFn: () =>
      api.get<CohortDashboardResponse>(`${cohortPath(cohortId)}/dashboard?inactiveDays=${inactiveDays}&failures=${failures}`),
  });

export const useLearnerSubmissions = (cohortId: string, userId: string) =>
  useQuery({
    queryKey: keys.learnerSubmissions(cohortId, userId),
    queryFn: () => api.get<LearnerSubmissions>(`${cohortPath(cohortId)}/learners/${encodeURIComponent(userId)}/submissions`),
  });

export const useLearnerExerciseWork = (cohortId: string, userId: string, exerciseId: string | null) =>
  useQuery({
    queryKey: keys.learnerExercise(cohortId, userId, exerciseId ?? ""),
    queryFn: () =>
      api.get<LearnerExerciseWork>(
        `${cohortPath(cohortId)}/learners/${encodeURIComponent(userId)}/exercises/${encodeURIComponent(exerciseId ?? "")}`,
      ),
    enabled: exerciseId !== null,
  });

/** Every exercise, for the instructor's choice of which of a learner's exercises to read. */
export const useExerciseList = () =>
  useQuery({ queryKey: ["exercise-list"], queryFn: () => api.get<{ exercises: ExerciseListItem[] }>("/api/exercises") });

export const useCohortCompetitions = (cohortId: string) =>
  useQuery({
    queryKey: competitionsKey(cohortId),
    queryFn: () => api.get<CohortCompetitionListResponse>(`${cohortPath(cohortId)}/competitions`),
  });

/** Opening or closing changes the cohort's list and every board of the project. */
function useCompetitionChange<T>(cohortId: string, change: (variables: T) => Promise<CohortCompetition>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: (competition) => {
      void queryClient.invalidateQueries({ queryKey: competitionsKey(cohortId) });
      if (competition) void queryClient.invalidateQueries({ queryKey: ["project", competition.projectId] });
    },
  });
}

export const useOpenCompetition = (cohortId: string) =>
  useCompetitionChange(cohortId, ({ projectId, deadline }: { projectId: string; deadline: string | null }) =>
    api.put<CohortCompetition>(`${cohortPath(cohortId)}/competitions/${encodeURIComponent(projectId)}`, { deadline }),
  );

export const useCloseCompetition = (cohortId: string) =>
  useCompetitionChange(cohortId, (projectId: string) =>
    api.post<CohortCompetition>(`${cohortPath(cohortId)}/competitions/${encodeURIComponent(projectId)}/close`, {}),
  );
