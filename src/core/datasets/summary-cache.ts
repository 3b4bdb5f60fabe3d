import type { Dataset } from "../../shared/content/index.js";
import { readDatasetTable } from "./read-table.js";
import { summarize, type DatasetSummary } from "./summarize.js";

// Kept per loaded dataset: its files never change while the process runs, and reading the
// digits or the IMDB reviews takes long enough to notice.
const summaries = new WeakMap<Dataset, DatasetSummary>();

/** A dataset's exploration (schema, statistics, charts' data), read from `path` once per process. */
export function summarizeDataset(dataset: Dataset, path: string): DatasetSummary {
  let summary = summaries.get(dataset);
  if (!summary) {
    summary = summarize(dataset, readDatasetTable(dataset, path));
    summaries.set(dataset, summary);
  }
  return summary;
}
