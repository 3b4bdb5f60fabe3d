/** Where Python ran: in the learner's browser, in Pyodide under Node, the learner's own python3, or CPython in the server's sandbox. */
export const RUNTIMES = ["browser", "pyodide", "native", "sandbox"] as const;
export type RuntimeName = (typeof RUNTIMES)[number];

export const GRADING_STATUSES = ["pass", "fail", "error"] as const;
export type GradingStatus = (typeof GRADING_STATUSES)[number];

/** One test's outcome. `output` is what the test printed, at most 2,000 characters (says so when cut). */
export interface TestOutcome {
  readonly name: string;
  readonly status: GradingStatus;
  readonly message: string | null;
  readonly output: string;
  readonly durationMs: number;
}

/**
 * The results of grading one piece of code — the same shape from every runtime
 * (documented in docs/results-format.md).
 *
 * `status` is `pass` when every test passed, `fail` when some assertion failed and nothing
 * raised, and `error` when a test raised or the run itself could not finish (syntax error,
 * time limit, crash, flood of output, results that never arrived).
 */
export interface GradingResult {
  readonly status: GradingStatus;
  /** One sentence a beginner understands: what happened and what to do. */
  readonly message: string;
  readonly tests: TestOutcome[];
  /** What the code printed while loading, outside any test. */
  readonly output: string;
  /** Wall-clock time from start to result, as the host measured it. */
  readonly durationMs: number;
  readonly runtime: RuntimeName;
  /**
   * Set when the run failed because of the machine grading it, not the code: no bubblewrap, no
   * temporary folder, a launch that failed. A grading queue tries such a job again later.
   */
  readonly hostFailure?: true;
}

/** Sources bigger than this are refused before they run: 200 KB is far beyond any exercise. */
export const MAX_SOURCE_BYTES = 200_000;

/** A whole-run error result, for failures that happen outside Python. */
export function runError(runtime: RuntimeName, message: string, durationMs: number): GradingResult {
  return { status: "error", message, tests: [], output: "", durationMs, runtime };
}

/** A whole-run error caused by the machine grading the code (see {@link GradingResult.hostFailure}). */
export function hostError(runtime: RuntimeName, message: string, durationMs: number): GradingResult {
  return { ...runError(runtime, message, durationMs), hostFailure: true };
}

/** Counts of each test status, for summaries. */
export function countTests(result: Pick<GradingResult, "tests">): Record<GradingStatus, number> {
  const counts: Record<GradingStatus, number> = { pass: 0, fail: 0, error: 0 };
  for (const test of result.tests) counts[test.status] += 1;
  return counts;
}

/** The message for a run stopped at its time limit. */
export function timeLimitMessage(timeLimitMs: number): string {
  const seconds = timeLimitMs / 1000;
  return `Stopped after ${seconds} s, the time limit for this exercise. Look for a loop that never ends, or code that does far more work than needed.`;
}
