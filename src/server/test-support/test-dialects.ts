import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../app.js";
import { PROJECT_ROOT } from "../../core/project-root.js";
import { loadConfig, type AppConfig } from "../../core/config.js";
import { testCurriculum } from "../../core/test-support/test-curriculum.js";
import type { DialectName } from "../../core/db/database.js";
import { createTestDatabase, DIALECTS } from "../../core/test-support/test-databases.js";

// Core's suites run on the same dialects and databases; this file builds servers on them.
export { createTestDatabase, DIALECTS };

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
