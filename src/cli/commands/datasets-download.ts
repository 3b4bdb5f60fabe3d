import { parseArgs } from "node:util";
import { isDownloadDataset } from "../../core/datasets/download/dataset-downloads.js";
import { DownloadError } from "../../core/datasets/download/download-file.js";
import { cliDatasetDownloads } from "../cli-dataset-downloads.js";
import { cliCurriculum } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import { progressLine } from "../progress-line.js";
import type { Command } from "../command.js";

/** Megabytes with one decimal, as numbers, so the progress line reads "42.1/84.1 (50%)". */
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export const datasetsDownloadCommand: Command = {
  help: [
    "Usage: stepwise datasets download <id> [--data-dir DIR] [--json]",
    "",
    "Fetches the dataset's archive into DIR/datasets/<id>/, resuming a partial download, checks",
    "it against the catalog's SHA-256 and converts it to DIR/datasets/<id>/<id>.csv, which the",
    "server's exploration page and the projects read. Nothing is fetched when the table is there.",
    "",
    "Offline? Set STEPWISE_DATASET_MIRROR to a server with the archive under its file name, or put",
    "the archive at the path the error message prints: it is checked and used.",
    "",
    "Exit codes: 0 ready, 1 the download or the conversion failed (the message says what to do),",
    "2 a usage mistake (no id, an unknown id, a dataset that ships with Stepwise).",
    "",
    "Options:",
    "  --data-dir DIR  where downloads live (default: STEPWISE_DATA_DIR, as the server uses)",
    '  --json          print {id, status, csv} (or {id, status: "failed", message}) and no progress',
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { "data-dir": { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    });
    const [id, extra] = positionals;
    if (!id)
      throw new UsageError('Which dataset? Usage: stepwise datasets download <id>  ("stepwise datasets list" shows the ids)');
    if (extra) throw new UsageError(`one dataset at a time; "${extra}" is extra`);
    const dataset = cliCurriculum().datasets.find((item) => item.id === id);
    if (!dataset) throw new UsageError(`There is no dataset "${id}". Run "stepwise datasets list" to see them.`);
    if (!isDownloadDataset(dataset)) throw new UsageError(`"${id}" ships with Stepwise; there is nothing to download.`);

    const { downloads } = cliDatasetDownloads(values["data-dir"]);
    const json = values.json ?? false;
    const progress = progressLine(`Downloading ${id} (MB):`, json);
    let drawn = false;
    let converting = false;
    try {
      const csv = await downloads.ensure(dataset, (state) => {
        if (state.status === "downloading") {
          drawn = true;
          progress.update(mb(state.receivedBytes), mb(state.totalBytes));
        }
        if (state.status === "converting" && !converting) {
          converting = true;
          if (drawn) progress.done();
          if (!json) console.error(`Checked the SHA-256; converting ${id} to a table…`);
        }
      });
      if (json) console.log(JSON.stringify({ id, status: "ready", csv }));
      else console.log(`${id} is ready: ${csv}`);
      return 0;
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      if (drawn && !converting) progress.done();
      if (json) console.log(JSON.stringify({ id, status: "failed", message: error.message }));
      console.error(`stepwise datasets download: ${error.message}`);
      return 1;
    }
  },
};
