import type { AttemptVerification } from "../../shared/grading/verification.js";

/**
 * Where the last attempt's verification stands, on a shared Stepwise that grades in its sandbox:
 * a live region, so a screen reader hears the verdict when a grading worker delivers it.
 */
export function VerificationStatus({ verification, passed }: { verification: AttemptVerification | null; passed: boolean }) {
  return (
    <span role="status" aria-live="polite" className="verification-status">
      {verification === "verifying" ? (
        <span className="status status--learning">Verifying on Stepwise's sandbox…</span>
      ) : verification === "verified" ? (
        <span className={`status ${passed ? "status--done" : "status--todo"}`}>
          <span aria-hidden="true">{passed ? "✓" : "✗"}</span> Verified: {passed ? "passed" : "did not pass"} on Stepwise's
          sandbox
        </span>
      ) : verification === "unverifiable" ? (
        <span className="status status--todo">
          Stepwise's sandbox could not grade this attempt; an administrator can send it back to the queue
        </span>
      ) : null}
    </span>
  );
}
