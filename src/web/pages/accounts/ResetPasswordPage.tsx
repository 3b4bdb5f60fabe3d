import { useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useResetPassword } from "../../api/account-queries.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError, TextField } from "../../components/TextField.js";

/** Where the mailed link lands (`?token=…`, or `?error=…` when the link was used or expired). */
export function ResetPasswordPage() {
  const id = useId();
  const [params] = useSearchParams();
  const token = params.get("token");
  const reset = useResetPassword();
  const [password, setPassword] = useState("");
  useDocumentTitle("Choose a new password");
  if (!token || params.get("error"))
    return (
      <div className="account-form" role="alert">
        <h1>This reset link does not work</h1>
        <p>It has been used already, has expired (links last an hour), or was cut short when copied.</p>
        <Link className="button button--primary" to={webPaths.forgotPassword()}>
          Ask for a new link
        </Link>
      </div>
    );
  if (reset.isSuccess)
    return (
      <div className="account-form" role="status">
        <h1>Your password is changed</h1>
        <p>Every session of yours has ended, on every device. Sign in with the new password.</p>
        <Link className="button button--primary" to={webPaths.signIn()}>
          Sign in
        </Link>
      </div>
    );
  return (
    <form
      className="account-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        reset.mutate({ token, newPassword: password });
      }}
    >
      <h1 id={`${id}-title`}>Choose a new password</h1>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        autoFocus
        value={password}
        onValue={setPassword}
      />
      <FormError error={reset.error} className="account-form__error" />
      <button type="submit" className="button button--primary" disabled={reset.isPending}>
        {reset.isPending ? "Saving…" : "Set the new password"}
      </button>
    </form>
  );
}
