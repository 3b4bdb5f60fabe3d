import type { ExerciseResponse } from "../../shared/api/index.js";
import type { DataFile } from "../../shared/grading/grading-job.js";
import { ApiError } from "../api/client.js";

// Fetched once per page load: the data never changes while Stepwise runs, and a run should not wait on it twice.
const cache = new Map<string, Promise<DataFile>>();

/** The data files an exercise's tests read, fetched from the server for the browser's Python. */
export function fetchDataFiles(files: ExerciseResponse["dataFiles"]): Promise<DataFile[]> {
  return Promise.all(
    files.map((file) => {
      let pending = cache.get(file.url);
      if (!pending) {
        pending = fetchOne(file.name, file.url);
        // A failed fetch is not kept, so the next Run tries again.
        pending.catch(() => cache.delete(file.url));
        cache.set(file.url, pending);
      }
      return pending;
    }),
  );
}

async function fetchOne(name: string, url: string): Promise<DataFile> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ApiError(
      0,
      `The data file ${name} could not be fetched: the server cannot be reached. Check it is running and press Run again.`,
    );
  }
  if (!response.ok)
    throw new ApiError(response.status, `The data file ${name} could not be fetched (the server answered ${response.status}).`);
  return { name, text: await response.text() };
}
