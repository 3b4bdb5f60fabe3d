import pg from "pg";
import type { DialectName } from "../db/dialect-name.js";

/**
 * Every integration suite runs once per dialect: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each run gets its own SQLite file or PostgreSQL database —
 * a database, not a schema: Kysely's migrator reads the catalog of every schema in its database,
 * and a schema another suite drops meanwhile made it fail ("schema … does not exist").
 */
export const DIALECTS: readonly DialectName[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

/** A new, empty PostgreSQL database of its own on TEST_DATABASE_URL's server (each suite its own: a schema per suite let one suite's drop break another's migration). */
export async function createTestDatabase(): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: PostgreSQL suites need it");
  const database = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  return {
    url: urlOfDatabase(serverUrl, database),
    drop: () => withPgClient(serverUrl, (client) => client.query(`DROP DATABASE ${database} WITH (FORCE)`)),
  };
}

function urlOfDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withPgClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
