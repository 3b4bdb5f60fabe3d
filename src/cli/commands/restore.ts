import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Kysely } from "kysely";
import { isPostgresUrl } from "../../core/db/database.js";
import { createPostgresDialect, warnOfLostConnection } from "../../core/db/postgres-dialect.js";
import { createSqliteDialect } from "../../core/db/sqlite-dialect.js";
import { BackupError, readBackup } from "../../core/db/backup/read-backup.js";
import { restoreBackup } from "../../core/db/backup/restore-backup.js";
import { directoryModelFileStore } from "../../core/models/model-file-store.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { cliConfig } from "../cli-config.js";

const HELP = [
  'Usage: stepwise restore <file>   (a file made by "stepwise backup")',
  "",
  "Restores the whole database and the model files into a new, empty database: SQLite in",
  "STEPWISE_DATA_DIR (which must not hold stepwise.sqlite yet), or DATABASE_URL's PostgreSQL",
  "database (which must hold no data). The file is checked completely first; a damaged one, or one",
  "from a newer Stepwise, changes nothing. Then start Stepwise as usual.",
].join("\n");

export const restoreCommand: Command = {
  help: HELP,
  async run(args) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`give the backup to restore: stepwise restore <file>\n\n${HELP}`);
    const config = cliConfig();
    const models = directoryModelFileStore(join(config.dataDir, "models"));
    try {
      const backup = await readBackup(file);
      if (isPostgresUrl(config.databaseUrl)) {
        const db = new Kysely<unknown>({ dialect: createPostgresDialect(config.databaseUrl, warnOfLostConnection) });
        try {
          await restoreBackup(db, "postgres", models, backup);
        } finally {
          await db.destroy();
        }
      } else {
        const path = join(config.dataDir, "stepwise.sqlite");
        if (existsSync(path))
          throw new BackupError(`${path} exists: restore into an empty STEPWISE_DATA_DIR, or move that database away first`);
        // Built aside and renamed into place: a failure leaves no half database where Stepwise would open it.
        const building = `${path}.restoring`;
        const remove = () => Promise.all(["", "-wal", "-shm"].map((end) => rm(`${building}${end}`, { force: true })));
        await remove();
        const db = new Kysely<unknown>({ dialect: createSqliteDialect(building) });
        try {
          try {
            await restoreBackup(db, "sqlite", models, backup);
          } finally {
            // Closing checkpoints the WAL into the file, so the rename moves the whole database.
            await db.destroy();
          }
          await rename(building, path);
        } finally {
          // Nothing is left once renamed; after a failure, the half-built database goes.
          await remove();
        }
      }
      const rows = backup.header.tables.reduce((sum, table) => sum + table.rows, 0);
      console.log(
        `Restored ${rows} rows of ${backup.header.tables.length} tables and ${backup.models.size} model files from ${file} (made ${backup.header.createdAt}).`,
      );
      return 0;
    } catch (error) {
      if (error instanceof BackupError) {
        console.error(`${file}: ${error.message}. Nothing was restored.`);
        return 1;
      }
      throw error;
    }
  },
};
