import { Link, useParams, useSearchParams } from "react-router";
import type { ModelResponse } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { ApiError } from "../api/client.js";
import { useModel } from "../api/model-queries.js";
import { AliasPanel } from "../components/models/AliasPanel.js";
import { EndpointUrls } from "../components/models/EndpointUrls.js";
import { EndpointSnippets } from "../components/models/EndpointSnippets.js";
import { ModelCardEditor } from "../components/models/ModelCardEditor.js";
import { ModelMetrics } from "../components/models/ModelMetrics.js";
import { ModelUpload } from "../components/models/ModelUpload.js";
import { servedVersion } from "../components/models/model-format.js";
import { TryItConsole } from "../components/models/TryItConsole.js";
import { VersionsTable } from "../components/models/VersionsTable.js";
import { ErrorState, Skeleton } from "../components/QueryState.js";
import { PageToc } from "../components/PageToc.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ModelPage.css";

const SECTIONS = [
  ["versions", "Versions"],
  ["aliases", "Aliases"],
  ["use", "Try it and call it"],
  ["card", "Model card"],
  ["upload", "Upload a version"],
] as const;

function NoSuchModel({ name }: { name: string }) {
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={webPaths.models()}>Models</Link>
      </nav>
      <div className="empty-state" role="status">
        <h1>You have no model named {name}</h1>
        <p>It may have been spelled differently, or it has not been uploaded yet. A model is created by its first upload.</p>
        <Link className="button button--primary" to={`${webPaths.models()}#upload`}>
          Upload a model on the Models page
        </Link>
      </div>
    </div>
  );
}

function ModelView({ model }: { model: ModelResponse }) {
  const [search, setSearch] = useSearchParams();
  const asked = Number(search.get("version"));
  const selected = model.versions.find((version) => version.version === asked) ?? servedVersion(model.versions);
  const showVersion = (version: number | null) =>
    setSearch(version === null ? {} : { version: String(version) }, { replace: true, preventScrollReset: true });

  return (
    <article className="page page--wide model-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={webPaths.models()}>Models</Link>
      </nav>
      <h1>{model.name}</h1>
      <p className="lead">
        {model.versionCount === 1 ? "One version" : `${model.versionCount} versions`}
        {model.latestVersion === null ? "" : `, the newest is ${model.latestVersion}`}.
      </p>
      <PageToc sections={SECTIONS} />
      <EndpointUrls model={model} />
      {selected ? (
        <>
          <VersionsTable
            model={model}
            selected={selected.version}
            onDeleted={(version) => {
              if (version === selected.version) showVersion(null);
            }}
          />
          <AliasPanel model={model} selected={selected.version} />
          <section aria-labelledby="use-heading" id="use" className="model-page__use">
            <h2 id="use-heading">Try it · Traffic · Call it from code (version {selected.version})</h2>
            {/* Keyed by version: a drawing or a JSON body made for one signature does not carry over to another. */}
            <TryItConsole key={`${model.name}@${selected.version}`} name={model.name} version={selected} />
            <ModelMetrics name={model.name} version={selected.version} />
            <EndpointSnippets name={model.name} version={selected} />
          </section>
          {/* Keyed by version: the form starts from the card of the version it edits. */}
          <ModelCardEditor key={`${model.name}@${selected.version}`} name={model.name} version={selected} />
        </>
      ) : (
        <div className="empty-state" role="status">
          <h2>No versions left</h2>
          <p>Every version of {model.name} was deleted. Upload an .onnx file below to start it again as a new version.</p>
        </div>
      )}
      <section aria-labelledby="upload-heading" id="upload" className="panel">
        <h2 id="upload-heading">Upload the next version</h2>
        <ModelUpload fixedName={model.name} onUploaded={(response) => showVersion(response.version)} />
      </section>
    </article>
  );
}

export function ModelPage() {
  const { name = "" } = useParams();
  const model = useModel(name);
  useDocumentTitle(name);
  if (model.isPending) return <Skeleton />;
  if (model.isError) {
    if (model.error instanceof ApiError && model.error.status === 404) return <NoSuchModel name={name} />;
    return <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
  }
  return <ModelView model={model.data} />;
}
