import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./load-content.js";

/** The marker file a downloaded exercise folder carries, so `stepwise test` knows what it is. */
export const MARKER_FILE = ".stepwise-exercise.json";

/** What the marker holds: the exercise, and the server given when it was downloaded (for recording attempts). */
export interface ExerciseMarker {
  readonly exerciseId: string;
  readonly server?: string;
}

export function readExerciseMarker(dir: string): ExerciseMarker {
  const path = join(dir, MARKER_FILE);
  if (!existsSync(path)) {
    throw new UsageError(
      `${dir} is not a downloaded exercise (it has no ${MARKER_FILE}). Run "stepwise exercise download <id>" first, ` +
        `or grade any file with "stepwise test --exercise <id> --file <path>".`,
    );
  }
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as { exerciseId?: unknown; server?: unknown };
    if (typeof data.exerciseId === "string") {
      return typeof data.server === "string"
        ? { exerciseId: data.exerciseId, server: data.server }
        : { exerciseId: data.exerciseId };
    }
  } catch {
    // fall through to the message below
  }
  throw new UsageError(`${path} is damaged; download the exercise again into a new folder.`);
}
