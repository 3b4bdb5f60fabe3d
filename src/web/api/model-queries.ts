import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AliasResponse,
  ModelCard,
  ModelCheck,
  ModelListResponse,
  ModelResponse,
  UploadResponse,
  VersionMetricsResponse,
} from "../../shared/api/index.js";
import { api, ApiError, postFile } from "./client.js";

const keys = {
  models: ["models"] as const,
  model: (name: string) => ["models", name] as const,
  metrics: (name: string, version: number) => ["models", name, "metrics", version] as const,
  submissionModel: (projectId: string, submissionId: string) => ["project", projectId, "submission-model", submissionId] as const,
};

/** The API path of a model, of one of its versions (a number or an alias), or below them. */
export const modelPaths = {
  model: (name: string) => `/api/models/${encodeURIComponent(name)}`,
  version: (name: string, version: number | string) =>
    `/api/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(String(version))}`,
  alias: (name: string, alias: string) => `/api/models/${encodeURIComponent(name)}/aliases/${encodeURIComponent(alias)}`,
  predict: (name: string, version?: number | string) =>
    version === undefined
      ? `/api/models/${encodeURIComponent(name)}/predict`
      : `/api/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(String(version))}/predict`,
  infer: (name: string, version: number | string) =>
    `/v2/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(String(version))}/infer`,
  file: (name: string, version: number | string) => `${modelPaths.version(name, version)}/file`,
  bundle: (name: string, version: number | string) => `${modelPaths.version(name, version)}/bundle`,
};

const notFoundIsFinal = (count: number, error: Error) => count < 2 && !(error instanceof ApiError && error.status === 404);

export const useModels = () => useQuery({ queryKey: keys.models, queryFn: () => api.get<ModelListResponse>("/api/models") });

/** One model with every version; a 404 is final (the page says there is no such model). */
export const useModel = (name: string) =>
  useQuery({
    queryKey: keys.model(name),
    queryFn: () => api.get<ModelResponse>(modelPaths.model(name)),
    retry: notFoundIsFinal,
  });

/** A version's last hour, minute by minute, refreshed every 15 s while the page is open. */
export const useVersionMetrics = (name: string, version: number) =>
  useQuery({
    queryKey: keys.metrics(name, version),
    queryFn: () => api.get<VersionMetricsResponse>(`${modelPaths.version(name, version)}/metrics`),
    refetchInterval: 15_000,
  });

/** After any change the list, the model and its versions may all differ: ["models"] prefixes every key. */
const refreshModels = (client: ReturnType<typeof useQueryClient>) => client.invalidateQueries({ queryKey: keys.models });

/** Uploads an ONNX file as the next version of `name` (created on its first upload); errors carry the server's message. */
export function useUploadModel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, file, onProgress }: { name: string; file: File; onProgress?: (fraction: number) => void }) =>
      postFile<UploadResponse>(
        `${modelPaths.model(name)}/versions?fileName=${encodeURIComponent(file.name || "model.onnx")}`,
        file,
        "application/octet-stream",
        onProgress,
      ),
    onSuccess: (response) => client.setQueryData(keys.model(response.model.name), response.model),
    onSettled: () => refreshModels(client),
  });
}

/** Points an alias at a version; the server moves it in one step. */
export function useMoveAlias(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ alias, version }: { alias: string; version: number }) =>
      api.put<AliasResponse>(modelPaths.alias(name, alias), { version }),
    onSettled: () => refreshModels(client),
  });
}

export function useRemoveAlias(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (alias: string) => api.delete<null>(modelPaths.alias(name, alias)),
    onSettled: () => refreshModels(client),
  });
}

/** Deletes a version; the server refuses (409) while an alias points at it. */
export function useDeleteVersion(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.delete<null>(modelPaths.version(name, version)),
    onSettled: () => refreshModels(client),
  });
}

/** Saves the fields of a version's model card that are sent; the others stay. */
export function useEditCard(name: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (card: Partial<ModelCard>) => api.put<unknown>(`${modelPaths.version(name, version)}/card`, card),
    onSettled: () => refreshModels(client),
  });
}

const submissionModelPath = (projectId: string, submissionId: string) =>
  `/api/projects/${encodeURIComponent(projectId)}/submissions/${encodeURIComponent(submissionId)}/model`;

/** The model linked to a submission and its check; 404 (none linked yet) is an answer, not a failure to retry. */
export const useSubmissionModel = (projectId: string, submissionId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.submissionModel(projectId, submissionId),
    queryFn: () => api.get<ModelCheck>(submissionModelPath(projectId, submissionId)),
    retry: notFoundIsFinal,
    enabled,
  });

/**
 * Links a model version to a submission: the server runs the project's test inputs through it and
 * says whether it reproduced the submitted predictions. The project's lists and board change with it.
 */
export function useLinkModel(projectId: string, submissionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (model: { name: string; version: number }) =>
      api.put<ModelCheck>(submissionModelPath(projectId, submissionId), model),
    onSuccess: (check) => client.setQueryData(keys.submissionModel(projectId, submissionId), check),
    onSettled: () => client.invalidateQueries({ queryKey: ["project", projectId] }),
  });
}
