import { useCallback, useDeferredValue, useId, useMemo, useState } from "react";
import type { PortfolioEntry } from "../../../shared/api/index.js";
import { FEATURED_PROJECTS, MAX_WRITE_UP_BYTES } from "../../../shared/api/portfolio.js";
import { renderLearnerMarkdown } from "../../../shared/markdown/render-learner-markdown.js";
import { svgDataUri } from "../../../shared/portfolio/score-chart-svg.js";
import { ApiError } from "../../api/client.js";
import { useRedraft, useUpdateEntry } from "../../api/portfolio-queries.js";
import { saveStateText, useAutosave } from "../../hooks/use-autosave.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { CollaboratorsEditor } from "./CollaboratorsEditor.js";
import { useEntrySettings } from "./use-entry-settings.js";
import "./WriteUpEditor.css";
import { count } from "../../../shared/text/plural.js";

const AUTOSAVE_DELAY_MS = 1000;
const fits = (text: string) => new TextEncoder().encode(text).length <= MAX_WRITE_UP_BYTES;

/** One project's write-up: how it is shown (featured, individual or team, quoted code) and its Markdown with a live preview. */
export function WriteUpEditor({
  entry,
  featuredCount,
  solvedExercises,
}: {
  entry: PortfolioEntry;
  featuredCount: number;
  solvedExercises: readonly { id: string; title: string }[];
}) {
  const id = useId();
  const update = useUpdateEntry(entry.projectId);
  const redraft = useRedraft(entry.projectId);
  const [confirmRedraft, setConfirmRedraft] = useState(false);
  const { mutateAsync } = update;
  const save = useCallback(
    async (markdown: string) => (await mutateAsync({ markdown })).updatedAt ?? new Date().toISOString(),
    [mutateAsync],
  );
  const editor = useAutosave(entry.markdown, entry.updatedAt, save, { delayMs: AUTOSAVE_DELAY_MS, canSave: fits });
  const deferred = useDeferredValue(editor.text);
  const preview = useMemo(() => renderLearnerMarkdown(deferred), [deferred]);
  const tooLong = !fits(editor.text);
  const { shown, change } = useEntrySettings(entry, update);
  const featureFull = !shown.featured && featuredCount >= FEATURED_PROJECTS.max;

  const draftAgain = (overwrite: boolean) =>
    redraft.mutate(overwrite, {
      onSuccess: (fresh) => editor.replace(fresh.markdown, fresh.updatedAt ?? new Date().toISOString()),
      // The server saw edits this page did not know of yet (saved from elsewhere): ask, like for ours.
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) setConfirmRedraft(true);
      },
    });
  // An unedited write-up is the server's draft, which now quotes the chosen code: show it.
  const followDraft = (saved: PortfolioEntry) => {
    if (!saved.edited && editor.state.kind !== "pending")
      editor.replace(saved.markdown, saved.updatedAt ?? new Date().toISOString());
  };
  // Typing not yet saved counts as an edit too: a re-draft would otherwise silently drop it.
  const hasEdits = entry.edited || editor.state.kind === "pending" || editor.state.kind === "error";

  return (
    <section className="write-up" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{entry.title}</h2>
      <p className="muted">
        {count(entry.submissions, "scored submission")} ·{" "}
        {entry.saved ? (entry.edited ? "edited by you" : "the draft, saved") : "a fresh draft from your data"}
      </p>
      <div className="write-up__settings">
        <label className="write-up__check">
          <input
            type="checkbox"
            checked={shown.featured}
            disabled={featureFull}
            onChange={(event) => change({ featured: event.target.checked })}
          />
          Feature this project
        </label>
        {featureFull ? <span className="muted">You feature {FEATURED_PROJECTS.max} already: unfeature one first.</span> : null}
        <fieldset className="write-up__kind">
          <legend>Work</legend>
          {(["individual", "team"] as const).map((kind) => (
            <label key={kind} className="write-up__check">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={shown.workKind === kind}
                onChange={() => change({ workKind: kind })}
              />
              {kind === "individual" ? "Individual" : "Team"}
            </label>
          ))}
        </fieldset>
      </div>
      {shown.workKind === "team" ? <CollaboratorsEditor entry={entry} /> : null}
      {solvedExercises.length > 0 ? (
        <details className="write-up__code">
          <summary>Quote code from your solved exercises ({shown.codeExercises.length} of at most 5)</summary>
          <p className="muted">
            A write-up you have not edited shows the chosen code at once; after editing, re-draft or paste the code yourself.
          </p>
          <ul>
            {solvedExercises.map((exercise) => {
              const chosen = shown.codeExercises.includes(exercise.id);
              return (
                <li key={exercise.id}>
                  <label className="write-up__check">
                    <input
                      type="checkbox"
                      checked={chosen}
                      disabled={!chosen && shown.codeExercises.length >= 5}
                      onChange={() =>
                        change(
                          {
                            codeExercises: chosen
                              ? shown.codeExercises.filter((item) => item !== exercise.id)
                              : [...shown.codeExercises, exercise.id],
                          },
                          followDraft,
                        )
                      }
                    />
                    {exercise.title}
                  </label>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      {update.isError ? (
        <p role="alert" className="text-danger">
          {update.error.message}
        </p>
      ) : null}
      <div className="write-up__panes">
        <div className="write-up__pane">
          <label htmlFor={`${id}-markdown`} className="write-up__label">
            Write-up (Markdown)
          </label>
          <textarea
            id={`${id}-markdown`}
            className="write-up__text"
            rows={22}
            value={editor.text}
            onChange={(event) => editor.change(event.target.value)}
            onBlur={editor.flush}
            aria-describedby={`${id}-status`}
            aria-invalid={tooLong}
          />
          <p id={`${id}-status`} role="status" className={editor.state.kind === "error" || tooLong ? "text-danger" : "muted"}>
            {tooLong ? "Over 100 KB: shorten it to save." : saveStateText(editor.state)}
          </p>
        </div>
        <div className="write-up__pane">
          <p className="write-up__label" id={`${id}-preview-label`}>
            Preview
          </p>
          <div
            className="write-up__preview lesson"
            role="region"
            aria-labelledby={`${id}-preview-label`}
            tabIndex={0}
            dangerouslySetInnerHTML={{ __html: preview }}
          />
          {entry.chartSvg ? (
            <figure className="write-up__chart">
              <img src={svgDataUri(entry.chartSvg)} alt={`${entry.title}: public score over ${entry.submissions} submissions`} />
              <figcaption className="muted">Added under Results when you export.</figcaption>
            </figure>
          ) : null}
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={redraft.isPending}
          onClick={() => (hasEdits ? setConfirmRedraft(true) : draftAgain(false))}
        >
          {redraft.isPending ? "Drafting…" : "Re-draft from my data"}
        </button>
        {redraft.isError && !(redraft.error instanceof ApiError && redraft.error.status === 409) ? (
          <span role="alert">{redraft.error.message}</span>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirmRedraft}
        title="Replace your edits?"
        confirmLabel="Replace with a new draft"
        onCancel={() => setConfirmRedraft(false)}
        onConfirm={() => {
          setConfirmRedraft(false);
          draftAgain(true);
        }}
      >
        <p>
          You have edited this write-up. A new draft from your latest scores replaces your text; copy anything you want to keep
          first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
