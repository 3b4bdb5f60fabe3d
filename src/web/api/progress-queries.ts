import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BackupListResponse, ImportPreviewResponse, ImportResponse } from "../../shared/api/index.js";
import { api } from "./client.js";

const backupsKey = ["progress-backups"] as const;

export type ImportMode = "replace" | "merge";

/** What an import would change, asked before anything changes. */
export function useImportPreview() {
  return useMutation({
    mutationFn: ({ document, mode }: { document: unknown; mode: ImportMode }) =>
      api.post<ImportPreviewResponse>(`/api/progress/import/preview?mode=${mode}`, document),
  });
}

export const useBackups = () =>
  useQuery({ queryKey: backupsKey, queryFn: () => api.get<BackupListResponse>("/api/progress/backups"), staleTime: 0 });

/** Puts the progress back as a backup holds it; everything shown may have changed. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (backupId: string) =>
      api.post<ImportResponse>(`/api/progress/backups/${encodeURIComponent(backupId)}/restore`, {}),
    onSuccess: () => client.invalidateQueries(),
  });
}
