import { PostgresDialect } from "kysely";
import pg from "pg";

/** PostgreSQL through a connection pool. */
export function createPostgresDialect(connectionString: string): PostgresDialect {
  const pool = new pg.Pool({ connectionString, max: 10 });
  return new PostgresDialect({ pool });
}
