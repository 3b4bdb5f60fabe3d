import * as Plot from "@observablehq/plot";
import { useCallback } from "react";
import { Link, useParams } from "react-router";
import type { DatasetSummaryResponse } from "../../shared/api/index.js";
import { columnLabel } from "../../shared/datasets/column-label.js";
import { webPaths } from "../../shared/web-paths.js";
import { ApiError } from "../api/client.js";
import { useDataset, useDatasets } from "../api/queries.js";
import { Chart } from "../components/Chart.js";
import { DatasetHeader } from "../components/DatasetHeader.js";
import { DatasetDownload } from "../components/DatasetDownload.js";
import { ImageSamples } from "../components/ImageSamples.js";
import { ErrorState, QueryState } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { ScrollTable } from "../components/ScrollTable.js";
import "../components/ResourceList.css";
import "./DatasetPage.css";

type Column = DatasetSummaryResponse["columnSummaries"][number];

const format = (value: number) =>
  Math.abs(value) >= 1e5 ? value.toExponential(3) : Number(value.toFixed(3)).toLocaleString("en");
const axisLabel = (column: Column) => columnLabel(column.name, column.unit);
/**
 * Shared by every chart: the theme's colour through currentColor, text at 12 px, and room for the x axis's
 * label under its tick numbers at that size (Plot's default bottom margin suits its default 10 px).
 */
const FRAME = { style: { background: "transparent", color: "currentColor", fontSize: "12px" }, marginBottom: 40 };
/** Room for a category's name left of its bar: about 7 px a character at 12 px, at most 40% of the chart. */
const categoryMargin = (values: readonly string[], width: number) =>
  Math.min(Math.round(width * 0.4), 16 + 7 * Math.max(0, ...values.map((value) => value.length)));

function ColumnChart({ column }: { column: Column }) {
  const make = useCallback(
    (width: number) => {
      if (column.numeric) {
        return Plot.plot({
          width,
          ...FRAME,
          height: 200,
          marginLeft: 50,
          x: { label: axisLabel(column) },
          y: { label: "rows", grid: true },
          marks: [
            Plot.rectY(column.numeric.histogram, { x1: "from", x2: "to", y: "count", fill: "currentColor", fillOpacity: 0.6 }),
            Plot.ruleY([0]),
          ],
        });
      }
      const top = column.top ?? [];
      const values = top.map((entry) => entry.value);
      return Plot.plot({
        width,
        ...FRAME,
        height: 44 + 24 * top.length,
        marginLeft: categoryMargin(values, width),
        x: { label: "rows", grid: true },
        // The summary already orders the values (digits 0–9 in their own order, others most frequent first);
        // a band scale named outright keeps that order and does not flag digit labels as numbers in strings.
        y: { type: "band", domain: values, label: null },
        marks: [Plot.barX(top, { x: "count", y: "value", fill: "currentColor", fillOpacity: 0.6 }), Plot.ruleX([0])],
      });
    },
    [column],
  );
  if (!column.numeric && !column.top) return null;
  const label = column.numeric
    ? `Histogram of ${axisLabel(column)}`
    : column.topOrder === "value"
      ? `Rows for each value of ${column.name}, in order`
      : `Most frequent values of ${column.name}`;
  return <Chart make={make} label={label} />;
}

function SeriesChart({ series, unit }: { series: NonNullable<DatasetSummaryResponse["series"]>; unit: string | null }) {
  const make = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        ...FRAME,
        height: 260,
        marginLeft: 56,
        x: { type: "utc", label: series.time },
        y: { label: columnLabel(series.value, unit), grid: true },
        marks: [Plot.lineY(series.points, { x: (point: { t: string }) => new Date(point.t), y: "v", stroke: "currentColor" })],
      }),
    [series, unit],
  );
  return <Chart make={make} label={`${series.value} over time, ${series.points.length} points`} />;
}

function DatasetView({ data }: { data: DatasetSummaryResponse }) {
  const seriesColumn = data.columnSummaries.find((column) => column.name === data.series?.value);
  return (
    <article className="page page--wide">
      <DatasetHeader dataset={data} rows={data.rows} />
      {data.images ? (
        <section aria-labelledby="samples-heading">
          <h2 id="samples-heading">Sample images</h2>
          <ImageSamples images={data.images} />
        </section>
      ) : null}
      {data.series ? (
        <section aria-labelledby="series-heading">
          <h2 id="series-heading">{data.series.value} over time</h2>
          <SeriesChart series={data.series} unit={seriesColumn?.unit ?? null} />
        </section>
      ) : null}
      <h2>Columns</h2>
      <ScrollTable label="Column statistics">
        <table className="progress-table">
          <caption className="visually-hidden">Every column: type, missing values and summary statistics</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Type</th>
              <th scope="col">Missing</th>
              <th scope="col">Distinct</th>
              <th scope="col">Mean</th>
              <th scope="col">Std (n − 1)</th>
              <th scope="col">Min</th>
              <th scope="col">Median</th>
              <th scope="col">Max</th>
            </tr>
          </thead>
          <tbody>
            {data.columnSummaries.map((column) => (
              <tr key={column.name}>
                <th scope="row" title={column.description}>
                  {axisLabel(column)}
                </th>
                <td>{column.type}</td>
                <td>{column.missing > 0 ? <strong>{column.missing}</strong> : 0}</td>
                <td>{column.distinct.toLocaleString("en")}</td>
                <td>{column.numeric ? format(column.numeric.mean) : "–"}</td>
                <td>{column.numeric ? format(column.numeric.std) : "–"}</td>
                <td>{column.numeric ? format(column.numeric.min) : (column.range?.first ?? "–")}</td>
                <td>{column.numeric ? format(column.numeric.median) : "–"}</td>
                <td>{column.numeric ? format(column.numeric.max) : (column.range?.last ?? "–")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <h2>Distributions</h2>
      <div className="chart-grid">
        {data.columnSummaries
          // Free text (ids, review texts) has no useful bar chart: its values are nearly all distinct.
          .filter((column) => column.numeric || (column.top && column.type === "category"))
          .map((column) => (
            <section key={column.name} aria-label={column.name}>
              <h3 className="h-small">{axisLabel(column)}</h3>
              <ColumnChart column={column} />
            </section>
          ))}
      </div>
    </article>
  );
}

export function DatasetPage() {
  const { datasetId = "" } = useParams();
  const dataset = useDataset(datasetId);
  // 409: downloaded on demand and not here yet; the catalog entry gives the page its header meanwhile.
  const notHereYet = dataset.error instanceof ApiError && dataset.error.status === 409;
  const catalog = useDatasets();
  const entry = catalog.data?.datasets.find((item) => item.id === datasetId);
  const { refetch } = dataset;
  const explore = useCallback(() => void refetch(), [refetch]);
  useDocumentTitle(dataset.data?.title ?? entry?.title);
  if (notHereYet) {
    return (
      <QueryState query={catalog}>
        {() => (entry ? <DatasetDownload dataset={entry} onReady={explore} /> : <ErrorState error={dataset.error} />)}
      </QueryState>
    );
  }
  return <QueryState query={dataset}>{(data) => <DatasetView data={data} />}</QueryState>;
}

export function DatasetListPage() {
  const datasets = useDatasets();
  useDocumentTitle("Datasets");
  return (
    <QueryState query={datasets}>
      {(data) => (
        <div className="page">
          <h1>Datasets</h1>
          <p className="lead">
            Real data to explore and to use in the projects. Most of it ships with Stepwise; larger sets download on demand.
          </p>
          <ul className="resources">
            {data.datasets.map((dataset) => (
              <li key={dataset.id} className="resource">
                <Link to={webPaths.dataset(dataset.id)} className="resource__title">
                  {dataset.title}
                </Link>
                <p className="resource__description">{dataset.description}</p>
                <p className="muted">
                  {dataset.columns.length} columns · licence: {dataset.licence}
                  {dataset.origin.kind === "download"
                    ? ` · downloads on demand (${(dataset.origin.bytes / 1e6).toFixed(1)} MB)`
                    : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </QueryState>
  );
}
