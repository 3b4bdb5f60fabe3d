import { useId, useState } from "react";
import { Link } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useRequestPasswordReset } from "../../api/account-queries.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError, TextField } from "../../components/TextField.js";

/** Asks for a reset link. The answer never says whether an account exists, here or on the server. */
export function ForgotPasswordPage() {
  const id = useId();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState("");
  useDocumentTitle("Reset your password");
  return (
    <form
      className="account-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate(email.trim());
      }}
    >
      <h1 id={`${id}-title`}>Reset your password</h1>
      {request.isSuccess ? (
        <p role="status">
          If {email.trim()} has an account here, a link to choose a new password is on its way. It works for an hour.
        </p>
      ) : (
        <>
          <TextField
            label="Your account's email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onValue={setEmail}
          />
          <FormError error={request.error} className="account-form__error" />
          <button type="submit" className="button button--primary" disabled={request.isPending}>
            {request.isPending ? "Sending…" : "Mail me a reset link"}
          </button>
        </>
      )}
      <div className="account-form__links">
        <Link to={webPaths.signIn()}>Back to sign in</Link>
      </div>
    </form>
  );
}
