import { PostgresDialect } from "kysely";
import pg from "pg";

/**
 * PostgreSQL through a connection pool. `schema`, when given, becomes the search path, which
 * lets each test suite work in a schema of its own inside one database.
 */
export function createPostgresDialect(connectionString: string, schema?: string): PostgresDialect {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}
