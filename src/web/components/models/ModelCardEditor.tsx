import { useId, useMemo, useState } from "react";
import type { ModelCard, ModelVersionView } from "../../../shared/api/index.js";
import { renderMarkdown } from "../../../shared/markdown/index.js";
import { useEditCard } from "../../api/model-queries.js";
import { useProjects } from "../../api/queries.js";
import { LessonHtml } from "../LessonHtml.js";
import "./ModelForms.css";
import "./ModelCardEditor.css";

/** A metric row as typed: the value stays text until saving, so "0." or "-" can be typed on the way to a number. */
interface MetricDraft {
  readonly key: number;
  readonly name: string;
  readonly value: string;
}

type SaveState = { kind: "idle" } | { kind: "saved"; at: Date } | { kind: "invalid"; message: string };

let nextKey = 0;
const draftsOf = (metrics: ModelCard["metrics"]): MetricDraft[] =>
  metrics.map((metric) => ({ key: nextKey++, name: metric.name, value: String(metric.value) }));

/** The card the form holds, or what is wrong with it, in words. */
function cardFromForm(fields: Omit<ModelCard, "metrics">, metrics: readonly MetricDraft[]): ModelCard | string {
  const parsed: ModelCard["metrics"] = [];
  for (const [index, metric] of metrics.entries()) {
    const name = metric.name.trim();
    const value = Number(metric.value);
    if (name === "" && metric.value.trim() === "") continue;
    if (name === "") return `Metric ${index + 1} needs a name (e.g. accuracy).`;
    if (metric.value.trim() === "" || !Number.isFinite(value)) return `${name} needs a number as its value (e.g. 0.97).`;
    parsed.push({ name, value });
  }
  return { ...fields, metrics: parsed };
}

/** The notes' preview; a formula KaTeX cannot render says so instead of hiding the rest. */
function NotesPreview({ notes }: { notes: string }) {
  const html = useMemo(() => {
    try {
      return { ok: true as const, html: renderMarkdown(notes) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : "The Markdown could not be rendered." };
    }
  }, [notes]);
  if (notes.trim() === "") return <p className="muted">Nothing to preview yet.</p>;
  if (!html.ok) return <p className="text-danger">Preview unavailable: {html.message}</p>;
  // The notes are the learner's own and shown only to them, so their HTML is theirs to write.
  return <LessonHtml html={html.html} label="Notes preview" />;
}

/**
 * The model card of one version as one form: what it does, what it was trained on, its measured
 * metrics, the project it was built for, and free Markdown notes with a live preview. Save (or
 * Ctrl/Cmd+S inside the form) stores every field at once.
 */
export function ModelCardEditor({ name, version }: { name: string; version: ModelVersionView }) {
  const card = version.card;
  const save = useEditCard(name, version.version);
  const projects = useProjects();
  const id = useId();
  const [description, setDescription] = useState(card.description);
  const [trainingData, setTrainingData] = useState(card.trainingData);
  const [projectId, setProjectId] = useState(card.projectId ?? "");
  const [submissionId, setSubmissionId] = useState(card.submissionId ?? "");
  const [notes, setNotes] = useState(card.notes);
  const [metrics, setMetrics] = useState<MetricDraft[]>(() => draftsOf(card.metrics));
  const [state, setState] = useState<SaveState>({ kind: "idle" });

  // Any edit makes an earlier "Saved" untrue. Typing reaches the form's onChange; the metric buttons call it themselves.
  const edited = () => setState((current) => (current.kind === "saved" ? { kind: "idle" } : current));

  const submit = () => {
    const next = cardFromForm(
      {
        description: description.trim(),
        trainingData: trainingData.trim(),
        projectId: projectId === "" ? null : projectId,
        submissionId: submissionId.trim() === "" ? null : submissionId.trim(),
        notes,
      },
      metrics,
    );
    if (typeof next === "string") {
      setState({ kind: "invalid", message: next });
      return;
    }
    setState({ kind: "idle" });
    save.mutate(next, { onSuccess: () => setState({ kind: "saved", at: new Date() }) });
  };

  const updateMetric = (key: number, change: Partial<Omit<MetricDraft, "key">>) =>
    setMetrics((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const projectList = projects.data?.projects ?? [];
  // A card may name a project that is no longer in the curriculum: keep it choosable rather than dropping it silently.
  const unknownProject = projectId !== "" && projects.isSuccess && !projectList.some((project) => project.id === projectId);

  return (
    <section aria-labelledby={`${id}-heading`} id="card" className="panel model-card">
      <h2 id={`${id}-heading`}>Model card: version {version.version}</h2>
      <p className="muted">What someone calling this version should know. Ctrl+S (⌘S on a Mac) saves while you type.</p>
      <form
        className="model-card__form"
        aria-busy={save.isPending}
        onChange={edited}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
            event.preventDefault();
            if (!save.isPending) submit();
          }
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            maxLength={2000}
            value={description}
            placeholder="What the model does, in a sentence or two"
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-training`}>Training data</label>
          <textarea
            id={`${id}-training`}
            rows={3}
            maxLength={2000}
            value={trainingData}
            placeholder="Which data, how much, how it was split"
            onChange={(event) => setTrainingData(event.target.value)}
          />
        </div>
        <fieldset className="model-card__metrics">
          <legend className="form-field__label">Metrics</legend>
          {metrics.length === 0 ? <p className="muted">No metrics yet: add what you measured on held-out data.</p> : null}
          {metrics.map((metric, index) => (
            <div key={metric.key} className="metric-row">
              <div className="form-field">
                <label htmlFor={`${id}-metric-${metric.key}-name`}>Metric {index + 1} name</label>
                <input
                  id={`${id}-metric-${metric.key}-name`}
                  className="text-field"
                  type="text"
                  maxLength={100}
                  value={metric.name}
                  placeholder="accuracy"
                  onChange={(event) => updateMetric(metric.key, { name: event.target.value })}
                />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-metric-${metric.key}-value`}>Metric {index + 1} value</label>
                <input
                  id={`${id}-metric-${metric.key}-value`}
                  className="text-field metric-row__value"
                  type="number"
                  step="any"
                  value={metric.value}
                  placeholder="0.97"
                  onChange={(event) => updateMetric(metric.key, { value: event.target.value })}
                />
              </div>
              <button
                type="button"
                className="button"
                aria-label={`Remove metric ${index + 1}`}
                onClick={() => {
                  edited();
                  setMetrics((rows) => rows.filter((row) => row.key !== metric.key));
                }}
              >
                Remove
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button"
              disabled={metrics.length >= 50}
              onClick={() => {
                edited();
                setMetrics((rows) => [...rows, { key: nextKey++, name: "", value: "" }]);
              }}
            >
              <span aria-hidden="true">+ </span>Add a metric
            </button>
          </div>
        </fieldset>
        <div className="model-card__link">
          <div className="form-field">
            <label htmlFor={`${id}-project`}>Project</label>
            <select id={`${id}-project`} value={projectId} onChange={(event) => setProjectId(event.target.value)}>
              <option value="">None</option>
              {projectList.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
              {unknownProject ? <option value={projectId}>{projectId}</option> : null}
            </select>
            {projects.isError ? (
              <p className="hint text-danger">The projects could not be loaded: {projects.error.message}</p>
            ) : null}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-submission`}>Submission id (optional)</label>
            <input
              id={`${id}-submission`}
              className="text-field"
              type="text"
              maxLength={100}
              value={submissionId}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setSubmissionId(event.target.value)}
            />
          </div>
        </div>
        <div className="model-card__notes">
          <div className="form-field">
            <label htmlFor={`${id}-notes`}>Notes (Markdown)</label>
            <textarea
              id={`${id}-notes`}
              rows={10}
              maxLength={50_000}
              value={notes}
              placeholder={"## Intended use\n\n## Limits"}
              onChange={(event) => setNotes(event.target.value)}
            />
          </div>
          <div className="form-field">
            <span className="form-field__label" id={`${id}-preview`}>
              Preview
            </span>
            <div className="model-card__preview" aria-labelledby={`${id}-preview`} role="group">
              <NotesPreview notes={notes} />
            </div>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending} title="Save (Ctrl/Cmd+S)">
            {save.isPending ? "Saving…" : "Save model card"}
          </button>
          <p role="status" className="model-card__status">
            {state.kind === "saved" ? (
              <span className="text-success">
                <span aria-hidden="true">✓ </span>Saved at {state.at.toLocaleTimeString()}
              </span>
            ) : null}
          </p>
        </div>
        {state.kind === "invalid" || save.isError ? (
          <p role="alert" className="text-danger">
            <span aria-hidden="true">✕ </span>Not saved: {state.kind === "invalid" ? state.message : save.error?.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
