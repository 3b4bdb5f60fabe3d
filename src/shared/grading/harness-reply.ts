import { GradingResultSchema } from "./result-schema.js";
import type { GradingResult } from "./result.js";

/**
 * Reads the harness's reply `{token, result}`. Anything else — no reply, two replies, a wrong
 * token, a malformed result — returns undefined, which the runtimes report as an error: a run
 * whose results did not arrive intact never counts as a pass.
 */
export function parseHarnessReply(reply: string, token: string): Omit<GradingResult, "runtime" | "durationMs"> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(reply);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || (data as { token?: unknown }).token !== token) return undefined;
  const parsed = GradingResultSchema.omit({ runtime: true, durationMs: true }).safeParse((data as { result?: unknown }).result);
  return parsed.success ? parsed.data : undefined;
}
