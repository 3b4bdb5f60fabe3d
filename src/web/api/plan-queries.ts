import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActivityResponse, PlanResponse } from "../../shared/api/index.js";
import type { PlanSettings } from "../../shared/plan/plan-settings.js";
import { api, ApiError } from "./client.js";
import { learnerWorkKeys } from "./readiness-queries.js";

const keys = { plan: ["plan"] as const, activity: ["activity"] as const };

/** The learner's plan, or null when they have none yet (the page then shows the form alone). */
export const usePlan = () =>
  useQuery({
    queryKey: keys.plan,
    queryFn: async () => {
      try {
        return await api.get<PlanResponse>("/api/plan");
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 0,
  });

export const useActivity = () =>
  useQuery({ queryKey: keys.activity, queryFn: () => api.get<ActivityResponse>("/api/activity"), staleTime: 0 });

function usePlanMutation<T>(send: (body: T) => Promise<PlanResponse>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (plan) => {
      client.setQueryData(keys.plan, plan);
      // The plan's order drives "continue", and its time zone the streak.
      void client.invalidateQueries({ queryKey: learnerWorkKeys.nextSteps });
      void client.invalidateQueries({ queryKey: keys.activity });
    },
  });
}

export const useSavePlan = () => usePlanMutation((settings: PlanSettings) => api.put<PlanResponse>("/api/plan", settings));
export const useReplan = () => usePlanMutation(() => api.post<PlanResponse>("/api/plan/replan", {}));
