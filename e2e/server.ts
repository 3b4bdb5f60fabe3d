import type { FastifyInstance } from "fastify";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Curriculum } from "../src/shared/content/index.js";
import { buildApp } from "../src/server/app.js";
import type { AppConfig } from "../src/core/config.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { testConfig } from "../src/server/test-support/test-dialects.js";

export interface E2eServer {
  readonly app: FastifyInstance;
  url(path: string): string;
  /** Stops the server and starts a new one on the same port and data, as a real restart would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface E2eServerOptions {
  /** A curriculum to serve instead of content/ (tests that point a dataset at a local server). */
  readonly curriculum?: Curriculum;
  /** Settings that differ from `npm start`'s defaults. */
  readonly config?: Partial<AppConfig>;
}

/** The real app, built web UI included, on a free loopback port with a fresh SQLite file. */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  const config: AppConfig = {
    ...testConfig(mkdtempSync(join(tmpdir(), "stepwise-e2e-"))),
    logLevel: "warn",
    ...options.config,
  };
  if (!existsSync(join(config.webDir, "index.html")))
    throw new Error("the web app is not built: run `npm run build` first (npm test does)");
  let port = 0;
  let app: FastifyInstance;
  const listen = async () => {
    app = await buildApp(config, options.curriculum ? { curriculum: options.curriculum } : {});
    await app.listen({ host: "127.0.0.1", port });
    port = (app.server.address() as { port: number }).port;
  };
  await listen();
  return {
    get app() {
      return app;
    },
    url: (path) => `http://127.0.0.1:${port}${path}`,
    async restart() {
      await app.close();
      await listen();
    },
    async stop() {
      await app.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export const CONTENT_DIR = join(PROJECT_ROOT, "content");
