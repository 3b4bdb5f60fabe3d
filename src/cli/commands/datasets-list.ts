import { parseArgs } from "node:util";
import { isDownloadDataset } from "../../core/datasets/download/dataset-downloads.js";
import { cliDatasetDownloads } from "../cli-dataset-downloads.js";
import { cliCurriculum } from "../load-content.js";
import type { Command } from "../command.js";

export const datasetsListCommand: Command = {
  help: [
    "Usage: stepwise datasets list [--json] [--data-dir DIR]",
    "",
    "Lists every dataset with its origin. Datasets too large to ship show their size and whether",
    "they are downloaded yet; fetch one with: stepwise datasets download <id>",
    "",
    "Options:",
    "  --json          print [{id, title, origin, bytes, status, csv}] as JSON; status is",
    "                  shipped, absent or ready; csv is the downloaded table's path when ready",
    "  --data-dir DIR  where downloads live (default: STEPWISE_DATA_DIR, as the server uses)",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" }, "data-dir": { type: "string" } } });
    const { downloads } = cliDatasetDownloads(values["data-dir"]);
    const rows = cliCurriculum().datasets.map((dataset) => {
      if (!isDownloadDataset(dataset)) {
        return { id: dataset.id, title: dataset.title, origin: dataset.origin.kind, bytes: null, status: "shipped", csv: null };
      }
      const csv = downloads.readyCsvPath(dataset);
      const status = csv ? "ready" : "absent";
      return { id: dataset.id, title: dataset.title, origin: "download", bytes: dataset.origin.bytes, status, csv };
    });
    if (values.json) {
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const row of rows) {
      const where =
        row.status === "shipped"
          ? "shipped"
          : row.status === "ready"
            ? `downloaded (${((row.bytes ?? 0) / 1e6).toFixed(1)} MB)`
            : `not downloaded (${((row.bytes ?? 0) / 1e6).toFixed(1)} MB)`;
      console.log(`${row.id.padEnd(width)}  ${where.padEnd(26)}  ${row.title}`);
    }
    if (rows.some((row) => row.status === "absent")) console.log("\nDownload one with: stepwise datasets download <id>");
    return 0;
  },
};
