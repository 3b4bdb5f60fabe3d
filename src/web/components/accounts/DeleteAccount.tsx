import { useId, useState } from "react";
import { useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useDeleteAccount } from "../../api/account-queries.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { FormError, TextField } from "../TextField.js";

/** Deleting one's account: with the password, after a question that says what goes. */
export function DeleteAccount() {
  const id = useId();
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Delete your account</h2>
      <p>
        Your account and everything of yours goes: notes, code and runs, quiz answers, review cards, submissions, models, plans,
        tokens and cohort memberships. Cohort dashboards keep nothing of you. Download your data first if you want to keep it.
      </p>
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      >
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        <FormError error={remove.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={remove.isPending}>
            Delete my account…
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title="Delete your account for good?"
        confirmLabel="Delete everything"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          remove.mutate(password, { onSuccess: () => void navigate(webPaths.signUp(), { replace: true }) });
        }}
      >
        <p>This cannot be undone: nothing of yours is kept.</p>
      </ConfirmDialog>
    </section>
  );
}
