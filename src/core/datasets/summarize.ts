import type { DatasetFile } from "../../shared/content/index.js";
import type { Table } from "./read-table.js";

const HISTOGRAM_BINS = 20;
const MAX_CATEGORIES = 12;
const MAX_SERIES_POINTS = 600;
const SAMPLES_PER_LABEL = 5;

export interface ColumnSummary {
  readonly name: string;
  readonly type: DatasetFile["columns"][number]["type"];
  readonly unit: string | null;
  readonly description: string;
  readonly missing: number;
  readonly distinct: number;
  /** Numbers: mean, sample standard deviation (n − 1), min, quartiles, max and a histogram. */
  readonly numeric: {
    readonly mean: number;
    readonly std: number;
    readonly min: number;
    readonly q1: number;
    readonly median: number;
    readonly q3: number;
    readonly max: number;
    readonly histogram: { readonly from: number; readonly to: number; readonly count: number }[];
  } | null;
  /** Categories and text: the most frequent values, in the order `topOrder` names. */
  readonly top: { readonly value: string; readonly count: number }[] | null;
  /**
   * `value` when every category is shown and all are numbers (digits 0–9): their own order is the
   * one a reader expects; `count` (most frequent first) otherwise.
   */
  readonly topOrder: "count" | "value" | null;
  /** Dates: the first and the last. */
  readonly range: { readonly first: string; readonly last: string } | null;
}

export interface DatasetSummary {
  readonly rows: number;
  readonly columns: ColumnSummary[];
  /** For dated data: the value column over time, thinned to at most 600 points. */
  readonly series: {
    readonly time: string;
    readonly value: string;
    readonly points: { readonly t: string; readonly v: number }[];
  } | null;
  /** For image data: the first few images of each label, as base64 pixels. */
  readonly images: {
    readonly width: number;
    readonly height: number;
    readonly samples: { readonly label: string; readonly pixels: string }[];
  } | null;
}

/** The q-quantile by linear interpolation between closest ranks (NumPy's default, pandas' describe). */
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  return a + ((sorted[upper] as number) - a) * (position - lower);
}

function numericSummary(values: number[]): ColumnSummary["numeric"] {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const width = (max - min) / HISTOGRAM_BINS || 1;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const value of values) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor((value - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return {
    mean,
    std: Math.sqrt(variance),
    min,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max,
    histogram: counts.map((count, bin) => ({
      from: min + bin * width,
      to: bin === HISTOGRAM_BINS - 1 ? max : min + (bin + 1) * width,
      count,
    })),
  };
}

const NUMBER_LABEL = /^-?\d+(\.\d+)?$/;

/** The values to chart for a category or text column, and the order they are in. */
function topValues(counts: ReadonlyMap<string, number>): Pick<ColumnSummary, "top" | "topOrder"> {
  const entries = [...counts.entries()];
  if (entries.length <= MAX_CATEGORIES && entries.every(([value]) => NUMBER_LABEL.test(value))) {
    return {
      top: entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([value, count]) => ({ value, count })),
      topOrder: "value",
    };
  }
  const top = entries
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CATEGORIES)
    .map(([value, count]) => ({ value, count }));
  return { top, topOrder: "count" };
}

/** Schema, missing values, distributions and, for dated data, a time series — what the exploration page shows. */
export function summarize(dataset: DatasetFile, table: Table): DatasetSummary {
  const columns = dataset.columns.map((column, index): ColumnSummary => {
    const cells = table.rows.map((row) => row[index] ?? null);
    const present = cells.filter((cell) => cell !== null);
    const counts = new Map<string, number>();
    for (const cell of present) {
      const key = cell instanceof Uint8Array ? Buffer.from(cell).toString("base64") : String(cell);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const strings = column.type === "date" ? present.map(String).sort() : [];
    return {
      name: column.name,
      type: column.type,
      unit: column.unit ?? null,
      description: column.description,
      missing: cells.length - present.length,
      distinct: counts.size,
      numeric: column.type === "number" ? numericSummary(present as number[]) : null,
      ...(column.type === "category" || column.type === "text" ? topValues(counts) : { top: null, topOrder: null }),
      range:
        column.type === "date" && strings.length > 0
          ? { first: strings[0] as string, last: strings[strings.length - 1] as string }
          : null,
    };
  });
  let series: DatasetSummary["series"] = null;
  if (dataset.time_column && dataset.value_column) {
    const t = table.columns.indexOf(dataset.time_column);
    const v = table.columns.indexOf(dataset.value_column);
    const points = table.rows.flatMap((row) =>
      typeof row[t] === "string" && typeof row[v] === "number" ? [{ t: row[t] as string, v: row[v] as number }] : [],
    );
    points.sort((a, b) => a.t.localeCompare(b.t));
    const step = Math.max(1, Math.ceil(points.length / MAX_SERIES_POINTS));
    series = { time: dataset.time_column, value: dataset.value_column, points: points.filter((_, index) => index % step === 0) };
  }
  return { rows: table.rows.length, columns, series, images: imageSamples(dataset, table) };
}

/** Up to five images per label (a row on the page), in label order, so a learner sees what the classes look like. */
function imageSamples(dataset: DatasetFile, table: Table): DatasetSummary["images"] {
  const imageIndex = dataset.columns.findIndex((column) => column.type === "image");
  const image = dataset.columns[imageIndex];
  const labelIndex = dataset.columns.findIndex((column) => column.type === "category");
  if (!image?.width || !image.height || labelIndex < 0) return null;
  const byLabel = new Map<string, string[]>();
  for (const row of table.rows) {
    const pixels = row[imageIndex];
    const label = String(row[labelIndex]);
    const samples = byLabel.get(label) ?? [];
    if (pixels instanceof Uint8Array && samples.length < SAMPLES_PER_LABEL) samples.push(Buffer.from(pixels).toString("base64"));
    byLabel.set(label, samples);
  }
  const samples = [...byLabel.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], "en", { numeric: true }))
    .flatMap(([label, images]) => images.map((pixels) => ({ label, pixels })));
  return { width: image.width, height: image.height, samples };
}
