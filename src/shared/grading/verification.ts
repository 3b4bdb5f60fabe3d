/**
 * Where an attempt's verification stands on a shared Stepwise that grades in its sandbox:
 * `verifying` until a grading worker has run the code with the hidden tests, then `verified`
 * (the result is then the worker's), or `unverifiable` when every try failed because of the host,
 * never because of the code. Attempts nobody verifies (local mode, imports) have none.
 */
export const ATTEMPT_VERIFICATIONS = ["verifying", "verified", "unverifiable"] as const;
export type AttemptVerification = (typeof ATTEMPT_VERIFICATIONS)[number];
