import { useId, useState } from "react";
import { Link } from "react-router";
import type { ModelCheck, ProjectResponse, SubmissionView } from "../../../shared/api/index.js";
import { webPaths } from "../../../shared/web-paths.js";
import { useLinkModel, useModel, useModels, useSubmissionModel } from "../../api/model-queries.js";
import { ModelUpload } from "../models/ModelUpload.js";
import { Skeleton } from "../QueryState.js";
import { ScoreList } from "./MetricScore.js";
import { Timestamp } from "./Timestamp.js";
import "./LinkModel.css";

type Inputs = NonNullable<ProjectResponse["modelInputs"]>;

/** What the learner must export: the model that wrote the file, taking test.csv's columns as they are. */
function ExportHint({ inputs }: { inputs: Inputs }) {
  return (
    <p className="muted">
      Export the model that made this file, fed exactly as Stepwise will feed it: test.csv's {inputs.count} columns{" "}
      <code>{inputs.first}</code> … <code>{inputs.last}</code> as numbers, in that order, without the id column. In Python,{" "}
      <code>from stepwise.export import to_onnx</code> then <code>to_onnx(model, "model.onnx", n_features={inputs.count})</code>;
      upload the file here, on the <Link to={webPaths.models()}>Models page</Link> or with{" "}
      <code>stepwise deploy model.onnx --name NAME</code>.
    </p>
  );
}

/** The outcome of a check, in words: reproduced, or where the served model first differs. */
export function ModelCheckResult({ project, check }: { project: ProjectResponse; check: ModelCheck }) {
  const differing = check.rows - check.matchingRows;
  return (
    <div className={`model-check ${check.reproduced ? "model-check--ok" : "model-check--differs"}`} role="status">
      <p>
        <strong>
          <span aria-hidden="true">{check.reproduced ? "✓ " : "✕ "}</span>
          {check.reproduced ? "Reproduced" : "Not reproduced"}
        </strong>
        {": "}
        <Link to={webPaths.model(check.model.name)}>
          {check.model.name} version {check.model.version}
        </Link>{" "}
        {check.reproduced
          ? `gave the submitted prediction for all ${check.rows.toLocaleString()} test rows.`
          : `differs from the submitted file on ${differing.toLocaleString()} of ${check.rows.toLocaleString()} test rows.`}{" "}
        <span className="muted">
          Checked <Timestamp iso={check.checkedAt} />.
        </span>
      </p>
      {check.firstDifference ? (
        <p>
          First difference, id <code>{check.firstDifference.id}</code>: the file says{" "}
          <code>{check.firstDifference.submitted}</code>, the endpoint answers <code>{check.firstDifference.served}</code>.
        </p>
      ) : null}
      <div className="model-check__scores">
        <div>
          <p className="eyebrow">Submitted, public rows</p>
          <ScoreList metrics={project.metrics} scores={check.submittedPublicScores} />
        </div>
        <div>
          <p className="eyebrow">Served by the endpoint, public rows</p>
          <ScoreList metrics={project.metrics} scores={check.servedPublicScores} />
        </div>
      </div>
    </div>
  );
}

/** Picks one of the learner's models and a version of it (newest first; aliases named beside their version). */
function ModelPicker({ onPick, pending }: { onPick: (model: { name: string; version: number }) => void; pending: boolean }) {
  const models = useModels();
  const [name, setName] = useState("");
  const chosen = name || models.data?.models[0]?.name || "";
  const model = useModel(chosen);
  const [version, setVersion] = useState<number | null>(null);
  const ids = { model: useId(), version: useId() };
  const versions = chosen && model.data?.name === chosen ? model.data.versions : [];
  const pickedVersion = version ?? versions[0]?.version ?? null;

  if (models.isPending) return <Skeleton lines={2} />;
  if (models.isError) return <p role="alert">Your models could not be loaded: {models.error.message}</p>;
  if (models.data.models.length === 0) return <p className="muted">You have no deployed models yet: upload one above.</p>;
  return (
    <form
      className="link-model__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen && pickedVersion !== null) onPick({ name: chosen, version: pickedVersion });
      }}
    >
      <label htmlFor={ids.model}>Model</label>
      <select
        id={ids.model}
        value={chosen}
        onChange={(event) => {
          setName(event.target.value);
          // A different model has different versions: start from its newest again.
          setVersion(null);
        }}
      >
        {models.data.models.map((item) => (
          <option key={item.name} value={item.name}>
            {item.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.version}>Version</label>
      <select
        id={ids.version}
        value={pickedVersion ?? ""}
        disabled={versions.length === 0}
        onChange={(event) => setVersion(Number(event.target.value))}
      >
        {versions.map((item) => (
          <option key={item.version} value={item.version}>
            {item.version}
            {item.aliases.length > 0 ? ` (${item.aliases.join(", ")})` : ""}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary" disabled={pending || pickedVersion === null}>
        {pending ? "Checking every test row…" : "Deploy and check"}
      </button>
    </form>
  );
}

/**
 * "Deploy the model behind this submission": link a deployed version to the submission and see
 * whether the endpoint gives back exactly the submitted predictions — proof it is the model that scored.
 */
export function LinkModel({
  project,
  submission,
  onClose,
}: {
  project: ProjectResponse;
  submission: SubmissionView;
  onClose: () => void;
}) {
  const inputs = project.modelInputs;
  const existing = useSubmissionModel(project.id, submission.id, submission.model !== null);
  const link = useLinkModel(project.id, submission.id);
  const headingId = useId();
  const check = link.data ?? (submission.model ? existing.data : undefined);

  return (
    <section className="panel link-model" aria-labelledby={headingId} id="link-model">
      <div className="link-model__header">
        <h3 id={headingId}>
          The model behind <span className="submissions-table__file">{submission.fileName}</span>
        </h3>
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {inputs ? <ExportHint inputs={inputs} /> : null}
      {check ? <ModelCheckResult project={project} check={check} /> : null}
      {submission.model && existing.isPending && !link.data ? <Skeleton lines={2} /> : null}
      {link.isPending ? (
        <p role="status">
          Running every test row through {link.variables.name} version {link.variables.version} and comparing with your file…
        </p>
      ) : null}
      {link.isError ? (
        <p role="alert" className="text-danger">
          <span aria-hidden="true">✕ </span>
          {link.error.message}
        </p>
      ) : null}
      <h4>Upload the exported file</h4>
      <p className="muted">It becomes a model's next version, and Stepwise checks it against this submission at once.</p>
      <ModelUpload onUploaded={(response) => link.mutate({ name: response.model.name, version: response.version })} />
      <h4>Or pick a model you already deployed</h4>
      <p className="link-model__pick">
        {check ? "Link another version (the check runs again):" : "Stepwise runs every test row through its endpoint:"}
      </p>
      <ModelPicker pending={link.isPending} onPick={(model) => link.mutate(model)} />
    </section>
  );
}
