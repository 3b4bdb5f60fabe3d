import type { ApiErrorBody, SubmissionErrorBody } from "../../shared/api/index.js";
import { takeEarlyResponse } from "./early-requests.js";

/** An API failure with the server's own message, which says what to do. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * A file the server refused, with where the problem is when it knows: `line` is 1-based (the header is
 * line 1) and `column` names the column.
 */
export class FileRejectedError extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly line: number | null,
    readonly column: string | null,
  ) {
    super(status, message);
    this.name = "FileRejectedError";
  }
}

const UNREACHABLE = "Stepwise's server cannot be reached. Check that it is still running (npm start) and try again.";

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    const early = method === "GET" ? takeEarlyResponse(path) : undefined;
    response = await (early ??
      fetch(path, {
        method,
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }));
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const message = (data as Partial<ApiErrorBody> | undefined)?.message ?? `The server answered ${response.status}.`;
    throw new ApiError(response.status, message);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  post: <T>(path: string, body: unknown) => request<T>("POST", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Posts a file as the raw request body with the given content type (a CSV submission, an ONNX model).
 * XMLHttpRequest, not fetch, because only it reports upload progress: `onProgress` gets the uploaded
 * fraction (0 to 1). A refusal throws FileRejectedError with the server's message, and the line and
 * column when the server names them.
 */
export function postFile<T>(
  path: string,
  file: Blob,
  contentType: "text/csv" | "application/octet-stream" | "application/zip",
  onProgress?: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.setRequestHeader("Accept", "application/json");
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.upload.onload = () => onProgress(1);
    }
    xhr.onerror = () => reject(new ApiError(0, UNREACHABLE));
    xhr.onabort = () => reject(new ApiError(0, "The upload was cancelled."));
    xhr.onload = () => {
      const data = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      const body = data as Partial<SubmissionErrorBody> | undefined;
      reject(
        new FileRejectedError(
          xhr.status,
          body?.message ?? `The server answered ${xhr.status}.`,
          typeof body?.line === "number" ? body.line : null,
          typeof body?.column === "string" ? body.column : null,
        ),
      );
    };
    xhr.send(file);
  });
}
