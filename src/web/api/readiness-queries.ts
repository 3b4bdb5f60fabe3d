import { useQuery } from "@tanstack/react-query";
import type { NextStepsResponse, ReadinessResponse } from "../../shared/api/index.js";
import { api } from "./client.js";

/** Queries computed from all of the learner's work: whatever records work refreshes them. */
export const learnerWorkKeys = { readiness: ["readiness"] as const, nextSteps: ["next-steps"] as const };

// Stale at once, so a page that opens after a quiz answer or a submission shows it.
export const useReadiness = () =>
  useQuery({ queryKey: learnerWorkKeys.readiness, queryFn: () => api.get<ReadinessResponse>("/api/readiness"), staleTime: 0 });
export const useNextSteps = () =>
  useQuery({ queryKey: learnerWorkKeys.nextSteps, queryFn: () => api.get<NextStepsResponse>("/api/next"), staleTime: 0 });
