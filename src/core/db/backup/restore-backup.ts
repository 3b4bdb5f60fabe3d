import { sql, type Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";
import { migrationProvider } from "../migrations/index.js";
import type { ModelFileStore } from "../../models/model-file-store.js";
import { BackupError, type Backup } from "./read-backup.js";
import { latestMigration, stepwiseTables } from "./table-order.js";

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const CHUNK = 100;

/**
 * Restores a checked backup into a database that holds no data: builds the schema as it was when
 * the backup was made, inserts every row in one transaction, migrates on to this version's
 * schema, and keeps the model files. Refuses, changing nothing, a database of the other kind, one
 * that holds rows, or a backup newer than this Stepwise.
 */
export async function restoreBackup(
  db: Kysely<unknown>,
  dialect: DialectName,
  models: ModelFileStore,
  backup: Backup,
): Promise<void> {
  const { header } = backup;
  if (header.dialect !== dialect)
    throw new BackupError(
      `this backup is of a ${header.dialect === "sqlite" ? "SQLite" : "PostgreSQL"} database and this Stepwise uses ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"}: restore it with the same kind (a learner's own progress moves between them with the progress export)`,
    );
  const provider = migrationProvider(dialect);
  const known = Object.keys(await provider.getMigrations()).sort();
  if (!known.includes(header.migration))
    throw new BackupError(
      `this backup comes from a newer Stepwise (its schema is at ${header.migration}): update this Stepwise first`,
    );
  const current = await latestMigration(db);
  if (current !== null) {
    const holding = await tablesHoldingRows(
      db,
      header.tables.map((table) => table.name),
    );
    if (holding.length > 0)
      throw new BackupError(
        `this database already holds data (in ${holding.slice(0, 3).join(", ")}): restore into a new, empty one`,
      );
    if (current !== header.migration)
      throw new BackupError(
        `this database's schema is at ${current} and the backup's at ${header.migration}: restore into a new, empty database`,
      );
  }
  const migrator = new Migrator({ db, provider });
  const built = await migrator.migrateTo(header.migration);
  if (built.error) throw built.error;
  await db.transaction().execute(async (trx) => {
    for (const table of header.tables) {
      const rows = backup.rows.get(table.name) ?? [];
      for (let start = 0; start < rows.length; start += CHUNK)
        await trx
          .insertInto(table.name as never)
          .values(rows.slice(start, start + CHUNK) as never)
          .execute();
    }
  });
  const upgraded = await migrator.migrateToLatest();
  if (upgraded.error) throw upgraded.error;
  for (const [sha256, bytes] of backup.models) {
    if (models.has(sha256)) continue;
    const staged = await models.stage(bytes);
    await staged.commit();
  }
}

async function tablesHoldingRows(db: Kysely<unknown>, tables: readonly string[]): Promise<string[]> {
  const existing = new Set(await stepwiseTables(db));
  const holding: string[] = [];
  for (const table of tables.filter((name) => existing.has(name))) {
    const row = await sql`select 1 from ${sql.table(table)} limit 1`.execute(db);
    if (row.rows.length > 0) holding.push(table);
  }
  return holding;
}
