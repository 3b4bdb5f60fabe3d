import { useAccounts, useAuditLog, useChangeAccount } from "../../api/admin-queries.js";
import { useMe, useRequestPasswordReset } from "../../api/account-queries.js";
import type { UserRole } from "../../../shared/api/index.js";
import { InvitePeople } from "../../components/accounts/InvitePeople.js";
import { PublicAreas } from "../../components/accounts/PublicAreas.js";
import { GradingQueue } from "../../components/accounts/GradingQueue.js";
import { QueryState } from "../../components/QueryState.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { FormError } from "../../components/TextField.js";
import { DataTable } from "../../components/DataTable.js";
import { formatWhen } from "../../components/format-when.js";

const ROLES: readonly UserRole[] = ["learner", "instructor", "admin"];

/** Administrators: invitations, every account (role, disable, reset link), what visitors may read, the grading queue, and the audit log. */
export function AdminPage() {
  const me = useMe().data;
  useDocumentTitle("Administration");
  if (me?.user?.role !== "admin")
    return (
      <div className="page">
        <h1>Administration</h1>
        <p>Only administrators manage accounts. Ask one of this Stepwise&apos;s administrators if you need something changed.</p>
      </div>
    );
  return (
    <div className="page page--wide">
      <h1>Administration</h1>
      <InvitePeople />
      <AccountTable selfId={me.user.id} />
      <PublicAreas />
      <GradingQueue />
      <AuditLog />
    </div>
  );
}

function AccountTable({ selfId }: { selfId: string }) {
  const accounts = useAccounts();
  const change = useChangeAccount();
  const reset = useRequestPasswordReset();
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">Accounts</h2>
      <p className="hint">
        People sign up themselves, join through a cohort&apos;s invite link, or accept an invitation above; here you change their
        role. Disabling an account ends its sessions at once.
      </p>
      <FormError error={change.error} />
      {reset.isSuccess ? <p role="status">A reset link is on its way to {reset.variables}.</p> : null}
      <QueryState query={accounts}>
        {(data) => (
          <DataTable label="Accounts" columns={["Name", "Email", "Role", "State", "Since", ""]}>
            {data.accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.name}
                  {account.id === selfId ? " (you)" : ""}
                </th>
                <td>{account.email ?? "—"}</td>
                <td>
                  <select
                    aria-label={`Role of ${account.name}`}
                    value={account.role}
                    disabled={change.isPending}
                    onChange={(event) => change.mutate({ userId: account.id, role: event.target.value as UserRole })}
                  >
                    {ROLES.map((role) => (
                      <option key={role}>{role}</option>
                    ))}
                  </select>
                </td>
                <td>
                  {account.disabled ? "⛔ disabled" : "✓ active"}
                  {account.emailVerified ? "" : ", email not confirmed"}
                </td>
                <td>{new Date(account.createdAt).toLocaleDateString()}</td>
                <td className="button-row">
                  <button
                    type="button"
                    className="button"
                    disabled={change.isPending}
                    onClick={() => change.mutate({ userId: account.id, disabled: !account.disabled })}
                  >
                    {account.disabled ? "Enable" : "Disable"}
                    <span className="visually-hidden"> {account.name}</span>
                  </button>
                  {account.email ? (
                    <button
                      type="button"
                      className="button"
                      disabled={reset.isPending}
                      onClick={() => reset.mutate(account.email ?? "")}
                    >
                      Send reset link<span className="visually-hidden"> to {account.name}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}

function AuditLog() {
  const audit = useAuditLog();
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <QueryState query={audit}>
        {(data) =>
          data.entries.length === 0 ? (
            <p className="muted">Nothing recorded yet.</p>
          ) : (
            <DataTable label="Audit log" columns={["When", "Who", "What", "Whose", "Details"]}>
              {data.entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>{formatWhen(entry.at)}</td>
                  <td>{entry.actor}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.target ?? "—"}</td>
                  <td>
                    <code>{JSON.stringify(entry.details)}</code>
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
