import type { Exercise } from "../shared/content/index.js";
import type { DataFile } from "../shared/grading/grading-job.js";
import type { GradingResult } from "../shared/grading/result.js";
import { auditedRun, UNTRUSTED_REPORT } from "./audited-run.js";
import { exerciseJob } from "./exercise-job.js";
import type { PythonRuntime } from "./python-runtime.js";

/**
 * Grades as a verified result: the exercise's visible tests, then — when they all pass — its
 * hidden tests, which only Stepwise runs, so that code fitted to the visible cases does not count
 * as a solve. Each report is audited outside the sandbox (see auditedRun). A hidden failure turns
 * the result into a failure without naming the hidden tests or what they check: only the visible
 * tests' outcomes leave the server.
 */
export async function verifiedGrade(
  runtime: PythonRuntime,
  exercise: Exercise,
  code: string,
  dataFiles: readonly DataFile[],
): Promise<GradingResult> {
  const visible = await auditedRun(runtime, exerciseJob(exercise, code, "visible", dataFiles));
  if (visible.status !== "pass" || !exercise.hiddenTests) return visible;
  const hidden = await auditedRun(runtime, exerciseJob(exercise, code, "hidden", dataFiles));
  if (hidden.status === "pass") return { ...visible, durationMs: visible.durationMs + hidden.durationMs };
  return {
    ...visible,
    status: "fail",
    message:
      hidden.message === UNTRUSTED_REPORT
        ? UNTRUSTED_REPORT
        : hidden.status === "error" && hidden.tests.length === 0
          ? `Your code passes the visible tests, but Stepwise's hidden tests could not finish with it: ${hidden.message}`
          : "Your code passes the visible tests but not all of Stepwise's hidden tests, which try more cases of the same task. Check the cases the instructions describe that the visible tests leave out.",
    durationMs: visible.durationMs + hidden.durationMs,
  };
}
