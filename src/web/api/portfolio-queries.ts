import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PortfolioEntry, PortfolioProfile, PortfolioResponse } from "../../shared/api/index.js";
import { api } from "./client.js";

const key = ["portfolio"] as const;
const entryPath = (projectId: string) => `/api/portfolio/projects/${encodeURIComponent(projectId)}`;

export const usePortfolio = () =>
  useQuery({ queryKey: key, queryFn: () => api.get<PortfolioResponse>("/api/portfolio"), staleTime: 0 });

/** Puts a changed write-up into the cached portfolio, so every view of it agrees. */
function useStoreEntry() {
  const client = useQueryClient();
  return (entry: PortfolioEntry) =>
    client.setQueryData<PortfolioResponse>(key, (portfolio) =>
      portfolio
        ? { ...portfolio, entries: portfolio.entries.map((item) => (item.projectId === entry.projectId ? entry : item)) }
        : portfolio,
    );
}

export type EntryChanges = Partial<
  Pick<PortfolioEntry, "markdown" | "featured" | "workKind" | "collaborators" | "codeExercises">
>;

/** Saves changes to a write-up; the page shows them at once and rolls back with the server's message if refused. */
export function useUpdateEntry(projectId: string) {
  const client = useQueryClient();
  const store = useStoreEntry();
  return useMutation({
    mutationFn: (changes: EntryChanges) => api.put<PortfolioEntry>(entryPath(projectId), changes),
    onMutate: async (changes) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<PortfolioResponse>(key);
      const entry = previous?.entries.find((item) => item.projectId === projectId);
      // The Markdown lives in the editor; only the settings need showing before the server answers.
      if (entry && changes.markdown === undefined) store({ ...entry, ...changes });
      return { previous };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: store,
  });
}

export function useRedraft(projectId: string) {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: (overwrite: boolean) => api.post<PortfolioEntry>(`${entryPath(projectId)}/draft`, { overwrite }),
    onSuccess: store,
  });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: PortfolioProfile) => api.put<PortfolioProfile>("/api/portfolio/profile", profile),
    onSuccess: (profile) =>
      client.setQueryData<PortfolioResponse>(key, (portfolio) => (portfolio ? { ...portfolio, profile } : portfolio)),
  });
}
