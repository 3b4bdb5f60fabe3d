import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./load-content.js";

/** The marker file a downloaded exercise folder carries, so `stepwise test` knows what it is. */
export const MARKER_FILE = ".stepwise-exercise.json";

export function readExerciseMarker(dir: string): { exerciseId: string } {
  const path = join(dir, MARKER_FILE);
  if (!existsSync(path)) {
    throw new UsageError(
      `${dir} is not a downloaded exercise (it has no ${MARKER_FILE}). Run "stepwise exercise download <id>" first, ` +
        `or grade any file with "stepwise test --exercise <id> --file <path>".`,
    );
  }
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as { exerciseId?: unknown };
    if (typeof data.exerciseId === "string") return { exerciseId: data.exerciseId };
  } catch {
    // fall through to the message below
  }
  throw new UsageError(`${path} is damaged; download the exercise again into a new folder.`);
}
