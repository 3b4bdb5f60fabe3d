import { resolve } from "node:path";
import { ConfigError, loadConfig } from "../core/config.js";
import { DatasetDownloads } from "../core/datasets/download/dataset-downloads.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { UsageError } from "./usage-error.js";

/**
 * The download service the `datasets` commands use: by default the data directory and mirror the
 * server reads (STEPWISE_DATA_DIR, relative to the project, and STEPWISE_DATASET_MIRROR), so a
 * dataset fetched here is ready in `npm start`; `--data-dir` (relative to the current folder) overrides it.
 */
export function cliDatasetDownloads(dataDirOption: string | undefined): { downloads: DatasetDownloads; dataDir: string } {
  let settings;
  try {
    settings = loadConfig(process.env, PROJECT_ROOT);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const dataDir = dataDirOption === undefined ? settings.dataDir : resolve(dataDirOption);
  return { downloads: new DatasetDownloads({ dataDir, mirror: settings.datasetMirror }), dataDir };
}
