import type { FastifyInstance } from "fastify";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Curriculum } from "../src/shared/content/index.js";
import { buildApp } from "../src/server/app.js";
import type { AppConfig } from "../src/core/config.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { testConfig } from "../src/server/test-support/test-dialects.js";
import { freePort } from "../src/server/test-support/free-port.js";

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
  /** Multi-user mode (accounts), with the server's own address as its public URL. */
  readonly multiUser?: boolean;
  /** The port to listen on (multi-user mode; see {@link freePort}); any free one by default. */
  readonly port?: number;
  /** More settings, as environment variables (e.g. STEPWISE_OIDC_ISSUER). */
  readonly env?: NodeJS.ProcessEnv;
}

/** The real app, built web UI included, on a free loopback port with a fresh SQLite file. */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  let port = options.port ?? (options.multiUser ? await freePort() : 0);
  const config: AppConfig = {
    ...testConfig(
      mkdtempSync(join(tmpdir(), "stepwise-e2e-")),
      options.multiUser
        ? {
            STEPWISE_MODE: "multi",
            STEPWISE_AUTH_SECRET: "an-e2e-test-secret-that-is-long-enough-0123456789",
            STEPWISE_PUBLIC_URL: `http://127.0.0.1:${port}`,
            ...options.env,
          }
        : { ...options.env },
    ),
    logLevel: "warn",
    ...options.config,
  };
  if (!existsSync(join(config.webDir, "index.html")))
    throw new Error("the web app is not built: run `npm run build` first (npm test does)");
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
