import { readFileSync } from "node:fs";
import type { Dataset, Exercise } from "../../shared/content/index.js";
import type { DataFile } from "../../shared/grading/grading-job.js";
import { csvLine } from "../../shared/csv/write-csv.js";
import { readDatasetTable } from "./read-table.js";

/** The file name an exercise's tests open for a dataset: `<id>.json` for JSON records, `<id>.csv` otherwise. */
export function exerciseDataFileName(dataset: Pick<Dataset, "id" | "format">): string {
  return `${dataset.id}.${dataset.format === "json" ? "json" : "csv"}`;
}

// A file is read (or, for the digits, built) once per process: the digits CSV takes a second.
const texts = new WeakMap<Dataset, string>();

/**
 * A shipped dataset as exercises read it: CSV and JSON files byte for byte as shipped, and the
 * MNIST digits as the digit project's train.csv lays them out (`label,pixel0,…,pixel783`).
 */
export function exerciseDataFile(dataset: Dataset): DataFile {
  if (dataset.localPath === null)
    throw new Error(`${dataset.id} is downloaded on demand; exercises may only use shipped datasets`);
  let text = texts.get(dataset);
  if (text === undefined) {
    text = dataset.format === "mnist-digits" ? digitsCsv(dataset, dataset.localPath) : readFileSync(dataset.localPath, "utf8");
    texts.set(dataset, text);
  }
  return { name: exerciseDataFileName(dataset), text };
}

/** The data files of an exercise's `datasets`, in the order it lists them. */
export function exerciseDataFiles(exercise: Pick<Exercise, "id" | "datasets">, datasets: readonly Dataset[]): DataFile[] {
  return exercise.datasets.map((id) => {
    const dataset = datasets.find((item) => item.id === id);
    if (!dataset) throw new Error(`exercise ${exercise.id} reads dataset ${id}, which is not in the catalog`);
    return exerciseDataFile(dataset);
  });
}

function digitsCsv(dataset: Dataset, path: string): string {
  const { rows } = readDatasetTable(dataset, path);
  const header = csvLine(["label", ...Array.from({ length: 784 }, (_, pixel) => `pixel${pixel}`)]);
  const lines = rows.map(([label, image]) => `${String(label)},${(image as Uint8Array).join(",")}`);
  return `${header}\n${lines.join("\n")}\n`;
}
