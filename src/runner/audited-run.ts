import { randomBytes } from "node:crypto";
import type { GradingJob } from "../shared/grading/grading-job.js";
import { countTests, type GradingResult, type TestOutcome } from "../shared/grading/result.js";
import type { PythonRuntime } from "./python-runtime.js";

/**
 * The tests the harness runs from a test file, read outside the sandbox as the harness finds them
 * (python/stepwise/harness.py): top-level functions named `test_…`, and methods named `test…` of
 * classes that derive from a `TestCase`. Sorted. The content check proves this reading gives the
 * harness's own list for every exercise.
 */
export function testNamesIn(source: string): string[] {
  const names = new Set<string>();
  let testCase: string | null = null;
  for (const line of source.split("\n")) {
    const classLine = /^class (\w+)\(([^)]*)\):/.exec(line);
    if (classLine) {
      testCase = classLine[2]?.includes("TestCase") ? (classLine[1] ?? null) : null;
      continue;
    }
    const functionLine = /^def (test_\w*)\s*\(/.exec(line);
    if (functionLine?.[1]) names.add(functionLine[1]);
    // Anything else at the left margin ends a class body.
    if (/^\S/.test(line)) testCase = null;
    const method = /^ {4}def (test\w*)\s*\(/.exec(line);
    if (method?.[1] && testCase) names.add(`${testCase}.${method[1]}`);
  }
  return [...names].sort();
}

/** The harness's one-sentence summary of a run's tests (the same words as python/stepwise/harness.py). */
function summary(tests: readonly TestOutcome[]): Pick<GradingResult, "status" | "message"> {
  const counts = countTests({ tests: [...tests] });
  const total = tests.length;
  if (counts.pass === total) return { status: "pass", message: total > 1 ? `All ${total} tests passed.` : "The test passed." };
  const parts = [`${counts.pass} of ${total} passed`];
  if (counts.fail) parts.push(`${counts.fail} failed`);
  if (counts.error) parts.push(`${counts.error} raised an error`);
  return { status: counts.error ? "error" : "fail", message: `${parts.join(", ")}.` };
}

/** What a run whose report cannot be trusted says instead. */
export const UNTRUSTED_REPORT =
  "Stepwise could not trust this run's report: the tests it ran are not the ones it was given, so it does not count as passed. Code that changes how the tests run or report (exiting early, patching the test harness, writing results itself) counts as failing.";

/**
 * Runs a job whose report the learner's code could tamper with — it shares the harness's Python
 * process — and checks the report here, outside the sandbox. The job carries one more test of its
 * own, under a random name, that must fail with a random message; a report where it passed, or
 * that lacks it, or whose tests are not exactly the test file's, was not written by an honest
 * harness and never counts as a pass. The extra test is removed from what comes back.
 */
export async function auditedRun(runtime: PythonRuntime, job: GradingJob): Promise<GradingResult> {
  const canary = `test_${randomBytes(6).toString("hex")}`;
  const nonce = randomBytes(16).toString("hex");
  const result = await runtime.run({
    ...job,
    testSource: `${job.testSource}\n\n\ndef ${canary}():\n    raise AssertionError("${nonce}")\n`,
  });
  // A run that did not get to its tests (a syntax error, a crash, the time limit) reports none.
  if (result.tests.length === 0)
    return result.status === "pass" ? { ...result, status: "fail", message: UNTRUSTED_REPORT } : result;
  const reported = result.tests.filter((test) => test.name === canary);
  const tests = result.tests.filter((test) => test.name !== canary);
  const honest =
    reported.length === 1 &&
    reported[0]?.status === "fail" &&
    reported[0].message === nonce &&
    JSON.stringify(tests.map((test) => test.name).sort()) === JSON.stringify(testNamesIn(job.testSource));
  const counted = summary(tests);
  if (!honest && counted.status === "pass") return { ...result, tests, status: "fail", message: UNTRUSTED_REPORT };
  return { ...result, tests, ...counted };
}
