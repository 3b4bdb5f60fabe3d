import { useId, useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { webPaths } from "../../../shared/web-paths.js";
import { useMe, useSignIn, useSignInWithProvider } from "../../api/account-queries.js";
import { nextPage } from "../../components/accounts/next-page.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError, TextField } from "../../components/TextField.js";

/** Email and password. A wrong password and an unknown email get the server's one answer. */
export function SignInPage() {
  const id = useId();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const withProvider = useSignInWithProvider();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  useDocumentTitle("Sign in");
  const next = nextPage(location.search);
  if (me.data && (me.data.mode === "local" || me.data.user)) return <Navigate to={next} replace />;
  return (
    <form
      className="account-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
      }}
    >
      <h1 id={`${id}-title`}>Sign in to Stepwise</h1>
      {new URLSearchParams(location.search).get("failed") === "provider" ? (
        <p role="alert" className="account-form__error">
          Signing in with the provider did not work (it refused, or the account is disabled). Try again, or use your email and
          password.
        </p>
      ) : null}
      {(me.data?.signInProviders ?? []).map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="button"
          disabled={withProvider.isPending}
          onClick={() => withProvider.mutate({ provider: provider.id, next })}
        >
          Sign in with {provider.name}
        </button>
      ))}
      <FormError error={withProvider.error} className="account-form__error" />
      <TextField label="Email" type="email" autoComplete="username" required autoFocus value={email} onValue={setEmail} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      <FormError error={signIn.error} className="account-form__error" />
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? "Signing in…" : "Sign in"}
      </button>
      <div className="account-form__links">
        <Link to={webPaths.signUp(next === webPaths.roadmap() ? undefined : next)}>Create an account</Link>
        <Link to={webPaths.forgotPassword()}>Forgot your password?</Link>
      </div>
    </form>
  );
}
