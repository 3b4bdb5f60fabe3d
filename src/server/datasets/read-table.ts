import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { DatasetFile } from "../../shared/content/index.js";
import { parseCsv } from "../../shared/csv/parse-csv.js";

export type Cell = number | string | null;

/** A dataset as rows of typed cells: numbers, ISO date strings, strings, or null when missing. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Cell[][];
}

const MISSING = new Set(["", "NA", "N/A", "NaN", "null", "None"]);

/**
 * The absolute path of a dataset's file inside its npm package. The package is found on Node's
 * module search path rather than through `require.resolve`, because packages whose `exports`
 * do not list their data files (vega-datasets) refuse to resolve them.
 */
export function datasetPath(dataset: DatasetFile): string {
  const searchPath = createRequire(import.meta.url).resolve.paths(dataset.package) ?? [];
  const packageDir = searchPath.map((dir) => join(dir, dataset.package)).find((dir) => existsSync(join(dir, "package.json")));
  if (!packageDir) throw new Error(`the npm package ${dataset.package} is not installed; run npm install`);
  return join(packageDir, dataset.file);
}

function typed(value: unknown, type: DatasetFile["columns"][number]["type"], where: string): Cell {
  if (value === null || value === undefined || (typeof value === "string" && MISSING.has(value.trim()))) return null;
  if (type === "number") {
    const number = typeof value === "number" ? value : Number(String(value).trim());
    if (!Number.isFinite(number)) throw new Error(`${where}: "${String(value)}" is not a number`);
    return number;
  }
  const text = String(value).trim();
  if (type === "date" && !/^\d{4}-\d{2}-\d{2}/.test(text)) throw new Error(`${where}: "${text}" is not a date (YYYY-MM-DD)`);
  return text;
}

/** Reads and types a catalog dataset; throws naming the file, row and column of the first bad value. */
export function readDatasetTable(dataset: DatasetFile): Table {
  const path = datasetPath(dataset);
  const text = readFileSync(path, "utf8");
  const names = dataset.columns.map((column) => column.name);
  let records: Record<string, unknown>[];
  if (dataset.format === "json") {
    records = JSON.parse(text) as Record<string, unknown>[];
  } else {
    const { rows } = parseCsv(text);
    const [header = [], ...body] = rows;
    const missing = names.filter((name) => !header.includes(name));
    if (missing.length > 0) throw new Error(`${path}: the catalog names columns the file lacks: ${missing.join(", ")}`);
    records = body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
  }
  return {
    columns: names,
    rows: records.map((record, index) =>
      dataset.columns.map((column) =>
        typed(record[column.name], column.type, `${dataset.id}, row ${index + 1}, column "${column.name}"`),
      ),
    ),
  };
}
