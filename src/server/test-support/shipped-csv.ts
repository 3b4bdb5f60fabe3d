import { readFileSync } from "node:fs";
import { parseCsv } from "../../shared/csv/parse-csv.js";
import { testCurriculum } from "../../core/test-support/test-curriculum.js";

/** The raw file behind a shipped dataset, read straight from disk: the truth tests score against. */
export function rawCsv(datasetId: string): Record<string, string>[] {
  const path = testCurriculum().datasets.find((dataset) => dataset.id === datasetId)?.localPath;
  if (!path) throw new Error(`test setup: no shipped dataset ${datasetId}`);
  const [header = [], ...rows] = parseCsv(readFileSync(path, "utf8")).rows;
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

/** The first column of a CSV's data rows (the ids of a project's test file). */
export const firstColumn = (csv: string): string[] =>
  parseCsv(csv)
    .rows.slice(1)
    .map((row) => row[0] as string);
