import { usePublicAreas, useSetPublicArea } from "../../api/admin-queries.js";
import { QueryState } from "../QueryState.js";
import { FormError } from "../TextField.js";
import { formatWhen } from "../format-when.js";

/** Administrators: what visitors who are not signed in may read, one switch per area. */
export function PublicAreas() {
  const areas = usePublicAreas();
  const set = useSetPublicArea();
  return (
    <section aria-labelledby="public-areas-title">
      <h2 id="public-areas-title">Open to visitors</h2>
      <p className="hint">
        Everything needs an account until you open an area here. Visitors only read: progress, notes, exercises, quizzes and
        projects always need an account, and nobody&apos;s data is shown to them.
      </p>
      <FormError error={set.error} />
      <QueryState query={areas}>
        {(data) => (
          <div className="form-stack">
            <fieldset>
              <legend className="visually-hidden">Areas open to visitors</legend>
              {data.areas.map((area) => (
                <p key={area.area}>
                  <label>
                    <input
                      type="checkbox"
                      // While the change is on its way, the box shows what was asked for.
                      checked={set.isPending && set.variables.area === area.area ? set.variables.open : area.open}
                      disabled={set.isPending}
                      onChange={(event) => set.mutate({ area: area.area, open: event.target.checked })}
                    />{" "}
                    <strong>{area.title}</strong>: {area.opens}
                  </label>
                  {area.open && area.openedAt ? (
                    <span className="muted">
                      {" "}
                      — open since {formatWhen(area.openedAt)}
                      {area.openedBy ? ` (${area.openedBy})` : ""}
                    </span>
                  ) : null}
                </p>
              ))}
            </fieldset>
          </div>
        )}
      </QueryState>
    </section>
  );
}
