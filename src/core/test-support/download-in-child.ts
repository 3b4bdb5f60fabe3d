// Another process downloading a dataset, for the tests of processes that share a data folder.
// Run as `node --import tsx download-in-child.ts '<json>'` with the JSON of {@link ChildDownload};
// prints each state as a line of JSON, then {"csv": path} or {"error": message}.
import { DatasetDownloads, type DatasetDownloadsOptions, type DownloadDataset } from "../datasets/download/dataset-downloads.js";

/** What the child downloads, and how. */
export interface ChildDownload {
  readonly options: DatasetDownloadsOptions;
  readonly dataset: DownloadDataset;
}

const { options, dataset } = JSON.parse(process.argv[2] ?? "{}") as ChildDownload;
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
try {
  print({ csv: await new DatasetDownloads(options).ensure(dataset, print) });
} catch (error) {
  print({ error: (error as Error).message });
  process.exitCode = 1;
}
