import type { GradingResult } from "../../shared/grading/result.js";

/** A result as the browser's Pyodide worker reports it, with `tests` tests all passing or all failing. */
export function browserResult(status: "pass" | "fail", tests: number): GradingResult {
  return {
    status,
    message: status === "pass" ? `All ${tests} tests passed.` : `${tests} of ${tests} tests failed.`,
    tests: Array.from({ length: tests }, (_, index) => ({
      name: `test_${index}`,
      status,
      message: status === "pass" ? null : "assert 1 == 2",
      output: "",
      durationMs: 1,
    })),
    output: "",
    durationMs: 12,
    runtime: "browser",
  };
}
