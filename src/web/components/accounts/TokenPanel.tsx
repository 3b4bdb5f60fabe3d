import { useId, useState } from "react";
import { TOKEN_SCOPES, type TokenScope } from "../../../shared/api/tokens.js";
import { useCreateToken, useRevokeToken, useTokens } from "../../api/account-queries.js";
import { CopyButton } from "../CopyButton.js";
import { QueryState } from "../QueryState.js";
import { FormError, TextField } from "../TextField.js";
import { DataTable } from "../DataTable.js";

const SCOPE_MEANING: Record<TokenScope, string> = {
  read: "read your own data",
  attempts: "record exercise runs (stepwise test)",
  submissions: "submit to projects (stepwise submit)",
  models: "upload and call your models (stepwise deploy, curl)",
  calendar: "your study plan's calendar feed",
};
const LIFETIMES = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
  { label: "never expires", days: null },
] as const;

const day = (iso: string | null, otherwise: string) => (iso ? new Date(iso).toLocaleDateString() : otherwise);

/** Personal access tokens: made here, shown once, listed without their secret, revoked with one click. */
export function TokenPanel() {
  const id = useId();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(["read", "attempts", "submissions"]);
  const [lifetime, setLifetime] = useState(1);
  const toggle = (scope: TokenScope) =>
    setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Access tokens</h2>
      <p>
        For what cannot sign in with a browser: the <code>stepwise</code> command (<code>stepwise login</code>), a calendar app,
        or calls to your models from code.
      </p>
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name: name.trim(), scopes, days: LIFETIMES[lifetime]?.days ?? 90 }, { onSuccess: () => setName("") });
        }}
      >
        <TextField label="Name" required maxLength={100} placeholder="laptop CLI" value={name} onValue={setName} />
        <fieldset>
          <legend>It may</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="inline-field">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
              <code>{scope}</code> — {SCOPE_MEANING[scope]}
            </label>
          ))}
        </fieldset>
        <div className="form-field">
          <label htmlFor={`${id}-days`}>Expires after</label>
          <select id={`${id}-days`} value={lifetime} onChange={(event) => setLifetime(Number(event.target.value))}>
            {LIFETIMES.map((option, index) => (
              <option key={option.label} value={index}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <FormError error={create.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            Make a token
          </button>
        </div>
      </form>
      {create.data ? (
        <div className="callout" role="status">
          <p>
            Your new token <strong>{create.data.name}</strong> — copy it now, it is not shown again:
          </p>
          <p>
            <code className="token-secret">{create.data.token}</code> <CopyButton text={create.data.token} what="access token" />
          </p>
        </div>
      ) : null}
      <QueryState query={tokens}>
        {(data) =>
          data.tokens.length === 0 ? (
            <p className="muted">You have no tokens.</p>
          ) : (
            <DataTable label="Your access tokens" columns={["Name", "May", "Expires", "Last used", ""]}>
              {data.tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{token.scopes.join(", ")}</td>
                  <td>{day(token.expiresAt, "never")}</td>
                  <td>{day(token.lastUsedAt, "not yet")}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(token.id)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
