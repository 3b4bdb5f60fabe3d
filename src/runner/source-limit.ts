import { MAX_SOURCE_BYTES, runError, type GradingResult, type RuntimeName } from "../shared/grading/result.js";

/** A result refusing code over the size limit, or undefined when the code may run. */
export function refuseOversizedSource(source: string, runtime: RuntimeName): GradingResult | undefined {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes <= MAX_SOURCE_BYTES) return undefined;
  return runError(
    runtime,
    `Your code is ${(bytes / 1000).toFixed(0)} KB; the limit is ${MAX_SOURCE_BYTES / 1000} KB. Exercises need far less — check that you pasted only your solution.`,
    0,
  );
}
