import { Link, useNavigate } from "react-router";
import type { ModelSummary } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useModels } from "../api/model-queries.js";
import { AliasBadges } from "../components/models/AliasBadges.js";
import { ModelUpload } from "../components/models/ModelUpload.js";
import { QueryState } from "../components/QueryState.js";
import { Timestamp } from "../components/projects/Timestamp.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { ScrollTable } from "../components/ScrollTable.js";
import "./ModelsPage.css";

/** A model's aliases in a stable order, for the badges. */
const aliasNames = (aliases: ModelSummary["aliases"]) => Object.keys(aliases).sort();

function ModelsTable({ models }: { models: readonly ModelSummary[] }) {
  return (
    <ScrollTable label="Table of your models">
      <table className="progress-table models-table">
        <caption className="visually-hidden">Your models: name, latest version, aliases and when each last changed</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="numeric">
              Latest version
            </th>
            <th scope="col" className="numeric">
              Versions
            </th>
            <th scope="col">Aliases</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.name}>
              <td>
                <Link to={webPaths.model(model.name)} className="models-table__name">
                  {model.name}
                </Link>
              </td>
              <td className="numeric">{model.latestVersion ?? <span className="muted">none</span>}</td>
              <td className="numeric">{model.versionCount}</td>
              <td>
                <span className="models-table__aliases">
                  {aliasNames(model.aliases).length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    aliasNames(model.aliases).map((alias) => (
                      <span key={alias} className="models-table__alias">
                        <AliasBadges aliases={[alias]} />
                        <span className="muted"> v{model.aliases[alias]}</span>
                      </span>
                    ))
                  )}
                </span>
              </td>
              <td>
                <Timestamp iso={model.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** What to do when there is no model yet, with the upload itself as the next step. */
function EmptyModels({ children }: { children: React.ReactNode }) {
  return (
    <div className="empty-state models-empty">
      <h2>No models yet</h2>
      <p>Export a trained model to ONNX in Python:</p>
      <pre tabIndex={0}>
        <code>{'from stepwise.export import to_onnx\nto_onnx(model, "digits.onnx", name="digits")'}</code>
      </pre>
      <p>
        Then upload the file here. The lesson{" "}
        <Link to={webPaths.topic("web-frameworks")}>Serving a model with Flask and Django</Link> walks through it in its “Deploy
        your own” section (stage 8). From a terminal, <code>stepwise deploy model.onnx --name NAME</code> uploads it too.
      </p>
      <section aria-labelledby="upload-heading" id="upload">
        <h3 id="upload-heading">Upload your first model</h3>
        {children}
      </section>
    </div>
  );
}

export function ModelsPage() {
  const models = useModels();
  const navigate = useNavigate();
  useDocumentTitle("Models");
  const upload = (
    <ModelUpload onUploaded={(response) => void navigate(`${webPaths.model(response.model.name)}?version=${response.version}`)} />
  );
  return (
    <div className="page page--wide models-page">
      <h1>Models</h1>
      <p className="lead">
        Deploying a model gives it a versioned HTTP endpoint: plain JSON at <code>/predict</code>, and the Open Inference Protocol
        v2 that KServe and Triton speak, so the same client works here and in production.
      </p>
      <QueryState query={models}>
        {(data) =>
          data.models.length === 0 ? (
            <EmptyModels>{upload}</EmptyModels>
          ) : (
            <>
              <ModelsTable models={data.models} />
              <section aria-labelledby="upload-heading" id="upload" className="panel">
                <h2 id="upload-heading">Upload a new model</h2>
                <p className="muted">
                  Uploading to a name you already use adds the next version of that model. Stepwise checks that the file loads and
                  reads its inputs and outputs.
                </p>
                {upload}
              </section>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
