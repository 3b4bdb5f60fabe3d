import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  FaqResponse,
  ImportResponse,
  NoteResponse,
  ProgressResponse,
  RoadmapResponse,
  SetStatusResponse,
  StageResponse,
  TopicResponse,
} from "../../shared/api/index.js";
import type { TopicStatus } from "../../shared/progress/topic-status.js";
import { api } from "./client.js";

const keys = {
  roadmap: ["roadmap"] as const,
  progress: ["progress"] as const,
  faq: ["faq"] as const,
  stage: (id: string) => ["stage", id] as const,
  topic: (id: string) => ["topic", id] as const,
};

export const useRoadmap = () => useQuery({ queryKey: keys.roadmap, queryFn: () => api.get<RoadmapResponse>("/api/roadmap") });
export const useProgress = () => useQuery({ queryKey: keys.progress, queryFn: () => api.get<ProgressResponse>("/api/progress") });
export const useFaq = () =>
  useQuery({ queryKey: keys.faq, queryFn: () => api.get<FaqResponse>("/api/faq"), staleTime: Infinity });
export const useStage = (id: string) =>
  useQuery({ queryKey: keys.stage(id), queryFn: () => api.get<StageResponse>(`/api/stages/${encodeURIComponent(id)}`) });
export const useTopic = (id: string) =>
  useQuery({ queryKey: keys.topic(id), queryFn: () => api.get<TopicResponse>(`/api/topics/${encodeURIComponent(id)}`) });

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

export function useImportProgress() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, mode }: { document: unknown; mode: "replace" | "merge" }) =>
      api.post<ImportResponse>(`/api/progress/import?mode=${mode}`, document),
    onSuccess: () => client.invalidateQueries(),
  });
}
