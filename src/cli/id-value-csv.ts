import { readFileSync } from "node:fs";
import { CsvError, parseCsv } from "../shared/csv/parse-csv.js";
import { UsageError } from "./usage-error.js";

/** Reads a two-column CSV `id,value` (with a header row) into a map, naming the first bad row. */
export function readIdValues(path: string, role: string): Map<string, number> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the ${role} file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${path}, ${error.message}`);
    throw error;
  }
  const [header, ...rows] = parsed.rows;
  if (!header || header.length !== 2)
    throw new UsageError(`${path}: the first line must be a header with two columns, like "id,value"`);
  const values = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = parsed.lines[index + 1] ?? 0;
    if (row.length !== 2) throw new UsageError(`${path}, line ${line}: expected 2 columns (id,value), found ${row.length}`);
    const [id = "", raw = ""] = row;
    const value = Number(raw.trim());
    if (raw.trim() === "" || !Number.isFinite(value))
      throw new UsageError(`${path}, line ${line}, column "${header[1]}": "${raw}" is not a number`);
    if (values.has(id)) throw new UsageError(`${path}, line ${line}: id "${id}" appears twice`);
    values.set(id, value);
  });
  if (values.size === 0) throw new UsageError(`${path} has no rows after its header`);
  return values;
}

/** Lines up truth and predictions by id; every id must be in both files. */
export function alignById(
  truth: Map<string, number>,
  predicted: Map<string, number>,
): { truth: Float64Array; predicted: Float64Array } {
  const t = new Float64Array(truth.size);
  const p = new Float64Array(truth.size);
  let k = 0;
  for (const [id, value] of truth) {
    const prediction = predicted.get(id);
    if (prediction === undefined)
      throw new UsageError(`the predictions have no row for id "${id}"; every id of the truth needs exactly one prediction`);
    t[k] = value;
    p[k] = prediction;
    k += 1;
  }
  if (predicted.size !== truth.size) {
    const extra = [...predicted.keys()].find((id) => !truth.has(id));
    throw new UsageError(`the predictions have id "${extra}", which is not in the truth; remove it`);
  }
  return { truth: t, predicted: p };
}
