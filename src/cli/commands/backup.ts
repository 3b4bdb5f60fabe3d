import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../core/db/database.js";
import { writeBackup } from "../../core/db/backup/write-backup.js";
import { directoryModelFileStore } from "../../core/models/model-file-store.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { cliConfig } from "../cli-config.js";

const HELP = [
  "Usage: stepwise backup <file> [--force]",
  "",
  "Writes every table of this Stepwise's database (SQLite in STEPWISE_DATA_DIR, or DATABASE_URL's",
  "PostgreSQL) and every model file to <file>, gzip-compressed, as they were at one moment. The",
  'server may keep running. Restore with "stepwise restore <file>" into a new, empty database.',
  "",
  "  --force   replace <file> if it exists",
].join("\n");

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export const backupCommand: Command = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`give one file to write: stepwise backup <file>\n\n${HELP}`);
    const target = resolve(file);
    if (existsSync(target) && !values.force)
      throw new UsageError(`${file} exists; choose another name, or --force to replace it.`);
    const config = cliConfig();
    const { db, dialect } = await openDatabase(config);
    try {
      const summary = await writeBackup(
        db,
        dialect,
        directoryModelFileStore(join(config.dataDir, "models")),
        target,
        (table, rows) => process.stderr.write(`  ${table}: ${rows} rows\n`),
      );
      console.log(
        `Backed up ${summary.rows} rows of ${summary.tables} tables and ${summary.models} model files (${dialect}) to ${file}, ${megabytes(summary.bytes)}.`,
      );
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
