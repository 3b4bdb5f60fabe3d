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
  const serverUrl = dialect === "postgres" ? process.env.TEST_DATABASE_URL : undefined;
  const database = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  if (serverUrl) await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const config: AppConfig = {
    ...testConfig(dataDir),
    databaseUrl: serverUrl ? urlOfDatabase(serverUrl, database) : undefined,
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
      if (serverUrl) await withPgClient(serverUrl, (client) => client.query(`DROP DATABASE ${database} WITH (FORCE)`));
    },
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
