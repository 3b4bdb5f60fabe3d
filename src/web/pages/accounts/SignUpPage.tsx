import { useId, useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe, useSignUp } from "../../api/account-queries.js";
import { nextPage } from "../../components/accounts/next-page.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";

const MIN_PASSWORD = 10;

/** A new account; the first one on an empty Stepwise runs it, and the page says so before. */
export function SignUpPage() {
  const id = useId();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  useDocumentTitle("Create an account");
  const next = nextPage(location.search);
  if (me.data && (me.data.mode === "local" || me.data.user)) return <Navigate to={next} replace />;
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  return (
    <form
      className="account-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        signUp.mutate(
          { name: form.name.trim(), email: form.email.trim(), password: form.password },
          { onSuccess: () => void navigate(next, { replace: true }) },
        );
      }}
    >
      <h1 id={`${id}-title`}>Create your account</h1>
      {me.data?.firstAccountIsAdmin ? (
        <p className="callout callout--warning" role="note">
          This Stepwise has no accounts yet: the account you create now will be its <strong>administrator</strong>, who manages
          everyone else&apos;s.
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          className="text-field"
          autoComplete="name"
          required
          maxLength={100}
          autoFocus
          value={form.name}
          onChange={set("name")}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          className="text-field"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set("email")}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          className="text-field"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          maxLength={200}
          aria-describedby={`${id}-password-hint`}
          value={form.password}
          onChange={set("password")}
        />
        <p id={`${id}-password-hint`} className="hint">
          At least {MIN_PASSWORD} characters; a few unrelated words are easy to remember and hard to guess.
        </p>
      </div>
      {signUp.isError ? (
        <p role="alert" className="account-form__error">
          {signUp.error.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create account"}
      </button>
      <p className="hint">
        We mail you a link to confirm your address. <Link to={webPaths.privacy()}>Who can see what</Link>
      </p>
      <div className="account-form__links">
        <Link to={webPaths.signIn(next === webPaths.roadmap() ? undefined : next)}>I have an account</Link>
      </div>
    </form>
  );
}
