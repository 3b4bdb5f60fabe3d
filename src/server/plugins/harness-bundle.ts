import { createHash } from "node:crypto";
import { harnessFiles } from "../../runner/harness-files.js";

/** The grading harness as the browser loads it: one JSON file whose URL names its content. */
export interface HarnessBundle {
  /** A short hash of every file's name and source: a changed harness gets a new URL. */
  readonly version: string;
  /** `{"files": {"host.py": "…", …}}`. */
  readonly body: string;
}

export const HARNESS_PATH = "/harness/";

/** Where the browser fetches a bundle; versioned, so it is cached for good and never revalidated. */
export const harnessBundleUrl = (bundle: HarnessBundle) => `${HARNESS_PATH}${bundle.version}.json`;

/**
 * One request instead of one per file: a second visit used to revalidate eighteen files before
 * Python could start, each a round trip competing with Pyodide's own files for connections.
 * `files` maps `stepwise/<name>.py` to source, as harnessFiles() gives them.
 */
export function bundleHarness(files: Readonly<Record<string, string>>): HarnessBundle {
  const byName = Object.fromEntries(
    Object.entries(files)
      .map(([path, source]) => [path.replace(/^stepwise\//, ""), source] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const body = JSON.stringify({ files: byName });
  return { version: createHash("sha256").update(body).digest("hex").slice(0, 16), body };
}

let current: HarnessBundle | undefined;

/**
 * The harness on disk, read on first use like the rest of the server's code: an edited harness
 * reaches browsers after a restart (the native runner reads the files on every run).
 */
export function currentHarnessBundle(): HarnessBundle {
  current ??= bundleHarness(harnessFiles());
  return current;
}
