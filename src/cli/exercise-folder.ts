import { join } from "node:path";
import { markerText, readMarker } from "./folder-marker.js";
import { UsageError } from "./usage-error.js";

/** The marker file a downloaded exercise folder carries, so `stepwise test` knows what it is. */
export const MARKER_FILE = ".stepwise-exercise.json";

/** What the marker holds: the exercise, and the server given when it was downloaded (for recording attempts). */
export interface ExerciseMarker {
  readonly exerciseId: string;
  readonly server?: string;
}

export const exerciseMarkerText = (exerciseId: string, server: string | undefined) =>
  markerText("exerciseId", exerciseId, server);

export function readExerciseMarker(dir: string): ExerciseMarker {
  const marker = readMarker(join(dir, MARKER_FILE), "exerciseId", "download the exercise again into a new folder.");
  if (!marker) {
    throw new UsageError(
      `${dir} is not a downloaded exercise (it has no ${MARKER_FILE}). Run "stepwise exercise download <id>" first, ` +
        `or grade any file with "stepwise test --exercise <id> --file <path>".`,
    );
  }
  return marker.server === undefined ? { exerciseId: marker.id } : { exerciseId: marker.id, server: marker.server };
}
