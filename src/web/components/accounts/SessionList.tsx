import { useEndSession, useSessions, useSignOutEverywhere } from "../../api/account-queries.js";
import { QueryState } from "../QueryState.js";
import { describeBrowser } from "./describe-browser.js";
import { FormError } from "../TextField.js";
import { DataTable } from "../DataTable.js";
import { formatWhen } from "../format-when.js";

/** Where you are signed in, each with "End"; and "Sign out everywhere". */
export function SessionList() {
  const sessions = useSessions();
  const end = useEndSession();
  const everywhere = useSignOutEverywhere();
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      <QueryState query={sessions}>
        {(data) => (
          <DataTable label="Where you are signed in" columns={["Browser", "Address", "Signed in", "Last used", ""]}>
            {data.sessions.map((session) => (
              <tr key={session.id}>
                <td title={session.userAgent ?? undefined}>
                  {describeBrowser(session.userAgent)}
                  {session.current ? <strong> (this browser)</strong> : null}
                </td>
                <td>{session.ipAddress ?? "—"}</td>
                <td>{formatWhen(session.createdAt)}</td>
                <td>{formatWhen(session.lastSeenAt)}</td>
                <td>
                  {session.current ? null : (
                    <button type="button" className="button" disabled={end.isPending} onClick={() => end.mutate(session.id)}>
                      End
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
      <FormError error={end.error} />
      <div className="button-row">
        <button type="button" className="button" disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
          Sign out everywhere
        </button>
        <span className="hint">Ends every session above, this one too.</span>
      </div>
    </section>
  );
}
