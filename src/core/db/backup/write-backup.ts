import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialect-name.js";
import type { ModelFileStore } from "../../models/model-file-store.js";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupLine } from "./backup-file.js";
import { latestMigration, tablesInInsertOrder } from "./table-order.js";

export interface BackupSummary {
  readonly tables: number;
  readonly rows: number;
  readonly models: number;
  readonly bytes: number;
}

/**
 * Writes every table and every model file to `file`, as they were at one moment (a read
 * transaction: SQLite's snapshot in WAL mode, PostgreSQL's repeatable read), while the server
 * goes on serving. Written beside `file` and renamed into place, so a crash leaves no half backup.
 */
export async function writeBackup<DB>(
  db: Kysely<DB>,
  dialect: DialectName,
  models: ModelFileStore,
  file: string,
  onTable: (table: string, rows: number) => void = () => undefined,
): Promise<BackupSummary> {
  const migration = await latestMigration(db);
  if (migration === null) throw new Error("this database has no Stepwise tables to back up");
  const snapshot = db.transaction();
  const { header, lines } = await (dialect === "postgres" ? snapshot.setIsolationLevel("repeatable read") : snapshot).execute(
    async (trx) => {
      const order = await tablesInInsertOrder(trx, dialect);
      const tables: { name: string; rows: Record<string, unknown>[] }[] = [];
      for (const name of order) {
        const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(trx)).rows;
        tables.push({ name, rows });
        onTable(name, rows.length);
      }
      const digests = order.includes("model_versions")
        ? (await sql<{ sha256: string }>`select distinct sha256 from model_versions order by sha256`.execute(trx)).rows
        : [];
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        dialect,
        migration,
        tables: tables.map((table) => ({ name: table.name, rows: table.rows.length })),
        models: digests.length,
      };
      return { header, lines: { tables, digests: digests.map((row) => row.sha256) } };
    },
  );
  async function* content(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    for (const table of lines.tables)
      for (const row of table.rows) yield `${JSON.stringify({ table: table.name, row } satisfies BackupLine)}\n`;
    for (const sha256 of lines.digests) {
      const bytes = await models.read(sha256);
      yield `${JSON.stringify({ model: sha256, base64: Buffer.from(bytes).toString("base64") } satisfies BackupLine)}\n`;
    }
  }
  const partial = `${file}.part`;
  const output = createWriteStream(partial, { mode: 0o600 });
  try {
    await pipeline(Readable.from(content()), createGzip(), output);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return {
    tables: header.tables.length,
    rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
    models: header.models,
    bytes: output.bytesWritten,
  };
}
