// The hand-written code that libraries replaced, taken from git into a temporary copy of the
// tree, so a benchmark can time it next to the current code in the same run.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../src/core/project-root.js";

/** The last commit with the hand-written CSV parser and tar reader. */
export const HAND_WRITTEN_COMMIT = "0028ca8992ccde112848eba8274e8927d772ff60";

export interface OldTree {
  /** The copy's root: `src/` and `bench/` as now, with the old files in place; everything else linked. */
  readonly root: string;
  /** Imports a module of the copy, e.g. `src/shared/csv/parse-csv.ts`. */
  load<T>(file: string): Promise<T>;
  close(): void;
}

/** A temporary copy of the tree in which `files` are as they were at {@link HAND_WRITTEN_COMMIT}. */
export function handWrittenTree(files: readonly string[]): OldTree {
  const root = mkdtempSync(join(tmpdir(), "stepwise-hand-written-"));
  try {
    for (const entry of readdirSync(PROJECT_ROOT)) {
      if (entry === ".git") continue;
      if (entry === "src" || entry === "bench") cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
      else symlinkSync(join(PROJECT_ROOT, entry), join(root, entry));
    }
    for (const file of files) {
      let text: string;
      try {
        text = execFileSync("git", ["show", `${HAND_WRITTEN_COMMIT}:${file}`], { cwd: PROJECT_ROOT, encoding: "utf8" });
      } catch (error) {
        throw new Error(`this benchmark needs the git history with commit ${HAND_WRITTEN_COMMIT}: ${String(error)}`, {
          cause: error,
        });
      }
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    root,
    load: async <T>(file: string) => (await import(pathToFileURL(join(root, file)).href)) as T,
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}
