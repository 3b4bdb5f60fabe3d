import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import type { Database } from "./database-schema.js";
import { isPostgresUrl } from "./database.js";

/**
 * Hears one change: its payload, or null when changes may have gone unheard (the listening
 * connection was lost and is back), so whatever the listener keeps must be forgotten.
 */
export type ChangeListener = (payload: string | null) => void;

/** Tells every Stepwise process on the same database that something changed, e.g. so that it drops a cache. */
export interface ChangeNotices {
  /**
   * Announces a change: at once to this process's listeners, and to the other processes' when `db`
   * commits (PostgreSQL's NOTIFY; pass the transaction that made the change, or the database).
   */
  publish(db: Database, payload: string): Promise<void>;
  listen(listener: ChangeListener): void;
  /** Resolves once other processes' notices are heard (on PostgreSQL, once LISTEN has run). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface ChangeNoticesOptions {
  /** A `postgres://` URL: processes share notices through it. Otherwise (SQLite) there is one process. */
  readonly databaseUrl?: string | undefined;
  /** The PostgreSQL channel: a plain lower-case identifier. */
  readonly channel: string;
  /** Wait before listening again after the connection was lost. */
  readonly reconnectDelayMs?: number;
  readonly onConnectionLost?: (error: Error) => void;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
/** How the listening connection names itself in pg_stat_activity. */
export const LISTENER_NAME = "stepwise change notices";

/**
 * Change notices on one channel. On PostgreSQL a connection of its own LISTENs (a pooled
 * connection cannot: the pool hands it to other queries); when that connection is lost it listens
 * again after a moment and tells the listeners to forget everything, since notices sent meanwhile
 * were lost. On SQLite only this process uses the database, so notices stay in it.
 */
export function createChangeNotices(options: ChangeNoticesOptions): ChangeNotices {
  if (!CHANNEL.test(options.channel)) throw new Error(`"${options.channel}" is not a plain lower-case channel name`);
  const listeners = new Set<ChangeListener>();
  const tell = (payload: string | null) => {
    for (const listener of listeners) listener(payload);
  };
  // This process hears its own notices at once, not again when PostgreSQL delivers them.
  const origin = randomUUID();
  const fromOthers = (notice: string | null) => {
    if (notice === null) return tell(null);
    const split = notice.indexOf("\n");
    if (notice.slice(0, split) !== origin) tell(notice.slice(split + 1));
  };
  const listening = isPostgresUrl(options.databaseUrl) ? listenOnPostgres(options.databaseUrl, options, fromOthers) : null;
  return {
    async publish(db, payload) {
      if (listening) await sql`select pg_notify(${options.channel}, ${`${origin}\n${payload}`})`.execute(db);
      tell(payload);
    },
    listen(listener) {
      listeners.add(listener);
    },
    ready: listening?.ready ?? Promise.resolve(),
    async close() {
      listeners.clear();
      await listening?.close();
    },
  };
}

/** Ends a connection nobody listens on any more; an error while it closes goes nowhere, rather than crashing the process. */
function retire(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on("error", () => undefined);
  return client.end().catch(() => undefined);
}

function listenOnPostgres(
  connectionString: string,
  options: ChangeNoticesOptions,
  tell: (payload: string | null) => void,
): { readonly ready: Promise<void>; close(): Promise<void> } {
  let client: pg.Client | null = null;
  let listened: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (listened = resolve));
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let heardBefore = false;

  const lost = (error: Error) => {
    if (closed) return;
    options.onConnectionLost?.(error);
    if (client) retire(client);
    client = null;
    retry ??= setTimeout(() => {
      retry = null;
      void connect();
    }, options.reconnectDelayMs ?? 1000);
    retry.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: LISTENER_NAME });
    client = next;
    next.on("notification", (message) => {
      if (message.channel === options.channel) tell(message.payload ?? "");
    });
    next.on("error", lost);
    next.on("end", () => lost(new Error("the connection ended")));
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (closed) {
      await retire(next);
      return;
    }
    // After a loss, whatever was announced meanwhile went unheard.
    if (heardBefore) tell(null);
    heardBefore = true;
    listened();
  };

  const started = connect();
  return {
    ready,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await started;
      if (client) await retire(client);
      client = null;
    },
  };
}
