import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SqliteDialect } from "kysely";

/** An embedded SQLite file in WAL mode: readers never block the writer, and a crash loses nothing committed. */
export function createSqliteDialect(filePath: string): SqliteDialect {
  mkdirSync(dirname(filePath), { recursive: true });
  const database = new BetterSqlite3(filePath);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}
