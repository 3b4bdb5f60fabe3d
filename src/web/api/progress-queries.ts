import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BackupListResponse, ImportPreviewResponse, ImportResponse } from "../../shared/api/index.js";
import { api, postFile } from "./client.js";

const backupsKey = ["progress-backups"] as const;

export type ImportMode = "replace" | "merge";

/** An export to import: the JSON document, or the zip export (which carries model files) as it is. */
export type ImportPayload = { readonly document: unknown } | { readonly zip: File };

function postImport<T>(path: string, payload: ImportPayload, mode: ImportMode): Promise<T> {
  const url = `${path}?mode=${mode}`;
  return "zip" in payload ? postFile<T>(url, payload.zip, "application/zip") : api.post<T>(url, payload.document);
}

/** What an import would change, asked before anything changes. */
export function useImportPreview() {
  return useMutation({
    mutationFn: ({ payload, mode }: { payload: ImportPayload; mode: ImportMode }) =>
      postImport<ImportPreviewResponse>("/api/progress/import/preview", payload, mode),
  });
}

/** Imports an export; everything shown may have changed. */
export function useImportProgress() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ payload, mode }: { payload: ImportPayload; mode: ImportMode }) =>
      postImport<ImportResponse>("/api/progress/import", payload, mode),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useBackups = () =>
  useQuery({ queryKey: backupsKey, queryFn: () => api.get<BackupListResponse>("/api/progress/backups"), staleTime: 0 });

/** Puts everything back as a backup holds it; everything shown may have changed. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (backupId: string) =>
      api.post<ImportResponse>(`/api/progress/backups/${encodeURIComponent(backupId)}/restore`, {}),
    onSuccess: () => client.invalidateQueries(),
  });
}
