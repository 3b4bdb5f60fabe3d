import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { buildApp } from "../app.js";
import { PROJECT_ROOT } from "../../core/project-root.js";
import { loadConfig, type AppConfig } from "../../core/config.js";
import { testCurriculum } from "../../core/test-support/test-curriculum.js";
import type { DialectName } from "../../core/db/database.js";

/**
 * Every integration suite runs once per dialect: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each run gets its own SQLite file or PostgreSQL database —
 * a database, not a schema: Kysely's migrator reads the catalog of every schema in its database,
 * and a schema another suite drops meanwhile made it fail ("schema … does not exist").
 */
export const DIALECTS: readonly DialectName[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

/** Settings as `npm start` would read them, with data in `dataDir`, quiet logs, any free port, and `extra` settings. */
export function testConfig(dataDir: string, extra: NodeJS.ProcessEnv = {}): AppConfig {
  const env: NodeJS.ProcessEnv = { STEPWISE_DATA_DIR: dataDir, LOG_LEVEL: "silent", PORT: "0", ...extra };
  if (process.env.STEPWISE_PYTHON) env.STEPWISE_PYTHON = process.env.STEPWISE_PYTHON;
  return loadConfig(env, PROJECT_ROOT);
}

export interface TestServer {
  readonly app: FastifyInstance;
  /** Closes the app and builds a new one on the same database, as a restart would. */
  restart(): Promise<FastifyInstance>;
  /** Closes the app and removes its database. */
  destroy(): Promise<void>;
}

/** Builds an app on a fresh, empty database of the given dialect. */
export async function startTestServer(dialect: DialectName, overrides: Partial<AppConfig> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "stepwise-test-"));
  const database = dialect === "postgres" ? await createTestDatabase() : null;
  const config: AppConfig = {
    ...testConfig(dataDir),
    databaseUrl: database?.url,
    ...overrides,
  };
  const build = () => buildApp(config, { curriculum: testCurriculum() });
  let app = await build();
  return {
    get app() {
      return app;
    },
    async restart() {
      await app.close();
      app = await build();
      return app;
    },
    async destroy() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

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
