import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

/** Everything the server needs to know, checked once at boot. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly contentDir: string;
  /** The built web app (`vite build` output); served when it exists. */
  readonly webDir: string;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** PostgreSQL only: the schema to work in. Used by tests; not an end-user setting. */
  readonly postgresSchema?: string | undefined;
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  STEPWISE_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL, or unset to use the SQLite file in STEPWISE_DATA_DIR")
    .optional(),
  STEPWISE_CONTENT_DIR: z.string().min(1).default("./content"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export class ConfigError extends Error {}

/** Reads settings from the environment; throws a {@link ConfigError} naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, projectRoot: string): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid settings:\n${lines.join("\n")}\nSee the settings table in README.md.`);
  }
  const settings = parsed.data;
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir: resolve(projectRoot, settings.STEPWISE_DATA_DIR),
    databaseUrl: settings.DATABASE_URL,
    contentDir: resolve(projectRoot, settings.STEPWISE_CONTENT_DIR),
    webDir: resolve(projectRoot, "dist/web"),
    logLevel: settings.LOG_LEVEL,
  };
}

/** The version in package.json, reported by `/api/health`. */
export function readAppVersion(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(resolve(projectRoot, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
