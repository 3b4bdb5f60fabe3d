import { useId, useState } from "react";
import type { UserRole } from "../../../shared/api/index.js";
import { useAccountInvites, useInviteAccount, useWithdrawInvite } from "../../api/admin-queries.js";
import { QueryState } from "../QueryState.js";
import { FormError, TextField } from "../TextField.js";
import { DataTable } from "../DataTable.js";

const when = (iso: string) => new Date(iso).toLocaleDateString();

/** Administrators invite people by mail with a role; open invitations are listed with "Withdraw". */
export function InvitePeople() {
  const id = useId();
  const invites = useAccountInvites();
  const invite = useInviteAccount();
  const withdraw = useWithdrawInvite();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<UserRole>("instructor");
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Invite people</h2>
      <form
        className="form-stack panel"
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate({ email: email.trim(), role, days: 7 }, { onSuccess: () => setEmail("") });
        }}
      >
        <TextField label="Email" type="email" required value={email} onValue={setEmail} />
        <div className="form-field">
          <label htmlFor={`${id}-role`}>As</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as UserRole)}>
            <option value="learner">learner</option>
            <option value="instructor">instructor</option>
            <option value="admin">administrator</option>
          </select>
        </div>
        <p className="hint">They get a link by mail, valid for 7 days; they accept it signed in with that address.</p>
        <FormError error={invite.error} />
        {invite.isSuccess ? (
          <p role="status">
            Invitation mailed to {invite.data.email}. The link, if you want to pass it on yourself:{" "}
            <code className="invite-url">{invite.data.url}</code>
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            Send the invitation
          </button>
        </div>
      </form>
      <QueryState query={invites}>
        {(data) =>
          data.invites.length === 0 ? null : (
            <>
              <h3>Open invitations</h3>
              <DataTable label="Open invitations" columns={["Email", "As", "By", "Until", ""]}>
                {data.invites.map((open) => (
                  <tr key={open.id}>
                    <td>{open.email}</td>
                    <td>{open.role}</td>
                    <td>{open.invitedBy ?? "—"}</td>
                    <td>{when(open.expiresAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        disabled={withdraw.isPending}
                        onClick={() => withdraw.mutate(open.id)}
                      >
                        Withdraw<span className="visually-hidden"> the invitation of {open.email}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
