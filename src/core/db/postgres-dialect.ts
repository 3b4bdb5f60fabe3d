import { PostgresDialect } from "kysely";
import pg from "pg";

/** Told when PostgreSQL drops a connection the pool held idle (a restart, a failover, an administrator ending it). */
export type ConnectionLostListener = (error: Error) => void;

/**
 * PostgreSQL through a connection pool. The pool emits an `error` event when an idle
 * connection dies; with no listener, Node turns that event into an uncaught exception and the
 * whole server stops. The pool has already discarded the connection by then, and the next query
 * opens a new one, so the listener only reports it.
 */
export function createPostgresDialect(connectionString: string, onConnectionLost: ConnectionLostListener): PostgresDialect {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("error", onConnectionLost);
  return new PostgresDialect({ pool });
}

/** For commands that run once: a line on stderr, and the command goes on. */
export const warnOfLostConnection: ConnectionLostListener = (error) =>
  process.stderr.write(`PostgreSQL closed an idle connection (${error.message}); the next query opens a new one.\n`);
