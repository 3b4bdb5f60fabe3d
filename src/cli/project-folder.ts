import { dirname, join } from "node:path";
import { markerText, readMarker, type FolderMarker } from "./folder-marker.js";
import { serverUrl } from "./server-url.js";

/** The marker file `stepwise project download` leaves, so that `stepwise submit` and `score` in the folder know its project and server. */
export const PROJECT_MARKER_FILE = ".stepwise-project.json";

export const projectMarkerText = (projectId: string, server: string | undefined) => markerText("projectId", projectId, server);

/** The marker of the folder a file sits in (a project folder's submission.csv); undefined for a file anywhere else. */
export function projectMarkerBeside(file: string): FolderMarker | undefined {
  return readMarker(
    join(dirname(file), PROJECT_MARKER_FILE),
    "projectId",
    "download the project again into a new folder, or give the project and --server on the command line.",
  );
}

/**
 * Which project a submission file is for and which Stepwise to ask: the command line first, else the
 * marker of the folder it sits in (written by `stepwise project download`), and for the server then
 * STEPWISE_URL, else 127.0.0.1:$PORT — the same way `stepwise test` finds it.
 */
export function submissionTarget(
  file: string,
  options: { readonly project?: string | undefined; readonly server?: string | undefined },
): { readonly projectId: string | undefined; readonly server: string } {
  // With both given on the command line, the folder has nothing to add (and a damaged marker no say).
  const marker = options.project !== undefined && options.server !== undefined ? undefined : projectMarkerBeside(file);
  return { projectId: options.project ?? marker?.id, server: serverUrl(options.server, marker?.server) };
}
