import { readFileSync } from "node:fs";
import { NotebookFileSchema } from "../shared/content/index.js";
import { exerciseCode } from "../shared/notebooks/exercise-notebook.js";
import { UsageError } from "./usage-error.js";

/** What `stepwise test` grades from a notebook, and the test version its test cell embeds when recorded. */
export interface NotebookSubmission {
  readonly exerciseId: string;
  readonly code: string;
  readonly version?: string;
}

/**
 * The exercise and the learner's code in an exercise notebook (docs/notebook-format.md): the code
 * cells with role `exercise`, in order. Anything else is refused with what to do instead.
 */
export function readNotebookSubmission(path: string): NotebookSubmission {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "does not exist"
        : `is not a notebook (not JSON: ${(error as Error).message})`;
    throw new UsageError(`${path} ${reason}.`);
  }
  const parsed = NotebookFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${path} is not a Stepwise notebook: ${issue?.path.join(".") || "(file)"} ${issue?.message ?? "is invalid"}.`,
    );
  }
  const owner = parsed.data.metadata.stepwise;
  if (!("exercise" in owner)) {
    throw new UsageError(
      `${path} is a notebook of project "${owner.project}", which is scored, not tested: run it, then "stepwise submit ${owner.project} submission.csv".`,
    );
  }
  const code = exerciseCode(parsed.data);
  if (code.trim() === "") {
    throw new UsageError(
      `${path} has no code in a cell with role "exercise"; that cell holds your solution (docs/notebook-format.md).`,
    );
  }
  return owner.version === undefined
    ? { exerciseId: owner.exercise, code }
    : { exerciseId: owner.exercise, code, version: owner.version };
}
