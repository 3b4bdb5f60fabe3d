import { Kysely } from "kysely";
import { join } from "node:path";
import type { Database, DatabaseSchema } from "./database-schema.js";
import { migrateToLatest } from "./migrate.js";
import { createPostgresDialect, warnOfLostConnection, type ConnectionLostListener } from "./postgres-dialect.js";
import { createSqliteDialect } from "./sqlite-dialect.js";

import type { DialectName } from "./dialect-name.js";

export interface DatabaseOptions {
  /** A `postgres://` URL selects PostgreSQL; otherwise SQLite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** PostgreSQL only: told when the server drops an idle connection; a line on stderr by default. */
  readonly onConnectionLost?: ConnectionLostListener | undefined;
}

export interface OpenDatabase {
  readonly db: Database;
  readonly dialect: DialectName;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the configured database and migrates it to the latest schema. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const dialect: DialectName = isPostgresUrl(options.databaseUrl) ? "postgres" : "sqlite";
  const db = new Kysely<DatabaseSchema>({
    dialect:
      dialect === "postgres"
        ? createPostgresDialect(options.databaseUrl as string, options.onConnectionLost ?? warnOfLostConnection)
        : createSqliteDialect(join(options.dataDir, "stepwise.sqlite")),
  });
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect };
}

export type { Database, DialectName };
