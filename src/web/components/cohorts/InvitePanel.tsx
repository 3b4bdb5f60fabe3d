import { useId, useState } from "react";
import { useCreateInvite } from "../../api/cohort-queries.js";
import { CopyButton } from "../CopyButton.js";
import { FormError } from "../TextField.js";

/** A new invite link, shown once (only its hash is kept), valid for the days chosen. */
export function InvitePanel({ cohortId }: { cohortId: string }) {
  const id = useId();
  const invite = useCreateInvite(cohortId);
  const [days, setDays] = useState(7);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Invite learners</h2>
      <form
        className="inline-field"
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate(days);
        }}
      >
        <label htmlFor={`${id}-days`}>Link valid for</label>
        <select id={`${id}-days`} value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {[1, 3, 7, 14, 30].map((value) => (
            <option key={value} value={value}>
              {value} {value === 1 ? "day" : "days"}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          Make an invite link
        </button>
      </form>
      <FormError error={invite.error} />
      {invite.data ? (
        <div className="callout" role="status">
          <p>
            Share this link with your learners; anyone who opens it before{" "}
            {new Date(invite.data.expiresAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })} and signs in
            joins the cohort. It is shown only now.
          </p>
          <p>
            <code className="invite-url">{invite.data.url}</code> <CopyButton text={invite.data.url} what="invite link" />
          </p>
        </div>
      ) : null}
    </section>
  );
}
