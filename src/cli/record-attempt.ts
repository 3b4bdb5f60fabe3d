import type { ServerRuntimeName } from "../shared/api/exercises.js";
import type { AttemptResponse } from "../shared/api/index.js";
import { unreachable } from "./server-url.js";
import { serverFetch } from "./credentials.js";

export type Recording =
  { readonly recorded: true; readonly response: AttemptResponse } | { readonly recorded: false; readonly reason: string };

/** How long the server may take to grade the code again (its own Python, its own limits). */
const GRADING_TIMEOUT_MS = 120_000;

/**
 * Records an attempt on the learner's running Stepwise, which grades the code itself (local mode,
 * its own Python), so that a solve in the terminal counts in the app like one in the browser.
 */
export async function recordOnServer(
  server: string,
  exerciseId: string,
  runtime: ServerRuntimeName,
  code: string,
): Promise<Recording> {
  let response: Response;
  try {
    response = await serverFetch(`${server}/api/exercises/${encodeURIComponent(exerciseId)}/attempts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ runtime, code }),
      signal: AbortSignal.timeout(GRADING_TIMEOUT_MS),
    });
  } catch {
    return { recorded: false, reason: unreachable(server) };
  }
  const body = (await response.json().catch(() => ({}))) as Partial<AttemptResponse> & { message?: string };
  if (!response.ok) return { recorded: false, reason: `${server} refused it: ${body.message ?? `HTTP ${response.status}`}` };
  return { recorded: true, response: body as AttemptResponse };
}
