import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

/** Stepwise's settings, read from the environment and checked once at start by the server and the CLI. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly contentDir: string;
  /** The built web app (`vite build` output); served when it exists. */
  readonly webDir: string;
  /** Pyodide's browser files with their compressed copies, as `npm run build` leaves them (see web-assets/built-pyodide.ts). */
  readonly builtPyodideDir: string;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** The learner's own Python for the native runtime. */
  readonly python: string;
  /** Whether the server may run learners' code (its own Pyodide or `python`), and why not. */
  readonly serverPython: { readonly enabled: boolean; readonly reason: string | null };
  /**
   * Grading in the bubblewrap sandbox (docs/sandbox.md): on or off, and its interpreter; in
   * multi-user mode, whether this app process also works on the grading queue (`appWorker`).
   */
  readonly sandbox: { readonly enabled: boolean; readonly python: string; readonly appWorker: boolean };
  /** The Pyodide package index the browser loads numpy and friends from. */
  readonly pyodidePackagesUrl: string;
  /** How many submissions a learner may make to one project per UTC day. */
  readonly dailySubmissions: number;
  /** A server holding on-demand datasets' archives under their file names, used instead of the catalog's URLs. */
  readonly datasetMirror: string | undefined;
  /**
   * Host names requests may be addressed to (lower case, IPv6 in brackets): the loopback names, the
   * address the server listens on when it is a specific one, and `STEPWISE_ALLOWED_HOSTS`.
   */
  readonly allowedHosts: readonly string[];
  /** The largest model file an upload may carry, in bytes. */
  readonly modelMaxBytes: number;
  /** The longest a request to a served model waits for others to batch with, in milliseconds; 0 turns batching off. */
  readonly batchWindowMs: number;
  /** `local`: one learner, no sign-in (the default). `multi`: accounts; see {@link MultiUserConfig}. */
  readonly mode: "local" | "multi";
  /** Multi-user mode's settings; null in local mode. */
  readonly multiUser: MultiUserConfig | null;
}

export interface MultiUserConfig {
  /** Signs session cookies and tokens; at least 32 characters, the same on every instance. */
  readonly authSecret: string;
  /** Where people reach Stepwise, e.g. https://stepwise.example.org: links in mails, cookie security. */
  readonly publicUrl: string;
  /** A session unused this long ends (seconds). */
  readonly sessionIdleSeconds: number;
  /** A session ends this long after sign-in, used or not (seconds). */
  readonly sessionMaxSeconds: number;
  /** Password sign-ins one client address may try in a minute (a classroom behind one address needs more). */
  readonly signInsPerMinute: number;
  /** Mail goes over SMTP when set (`smtp://` or `smtps://` URL); kept as files otherwise. */
  readonly smtpUrl?: string | undefined;
  /** The From of Stepwise's mail. */
  readonly mailFrom?: string | undefined;
  /** Signing in with an OpenID Connect provider, shown on the sign-in page as `name`. */
  readonly oidc?: OidcSettings | undefined;
  /** Signing in with GitHub (an OAuth app's id and secret). */
  readonly github?: { readonly clientId: string; readonly clientSecret: string } | undefined;
}

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly name: string;
}

/** The pinned Pyodide release; its official package index is the default for packages. */
export const PYODIDE_VERSION = "314.0.7";
const DEFAULT_PACKAGES_URL = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;

const isLoopback = (host: string) => host === "127.0.0.1" || host === "localhost" || host === "::1";
const isWildcard = (host: string) => host === "0.0.0.0" || host === "::";

/** The names a browser on this machine uses for it; any other name may be a rebinding attack. */
const LOOPBACK_HOST_NAMES = ["localhost", "127.0.0.1", "[::1]"] as const;
const HOST_NAME_LIST_ERROR =
  "must be a comma-separated list of host names or addresses, e.g. stepwise.example.org,192.168.1.20 (no scheme, port or path)";
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

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
  STEPWISE_PYTHON: z.string().trim().min(1).default("python3"),
  STEPWISE_RUN_PYTHON: z.enum(["auto", "on", "off"], { error: 'must be "auto", "on" or "off"' }).default("auto"),
  STEPWISE_SANDBOX: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("off"),
  STEPWISE_SANDBOX_PYTHON: z
    .string()
    .trim()
    .startsWith("/usr/", "must be a Python under /usr, e.g. /usr/bin/python3")
    .default("/usr/bin/python3"),
  STEPWISE_APP_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  STEPWISE_DAILY_SUBMISSIONS: z.coerce
    .number({ error: "must be a whole number from 1 to 1000" })
    .int({ error: "must be a whole number from 1 to 1000" })
    .min(1, "must be a whole number from 1 to 1000")
    .max(1000, "must be a whole number from 1 to 1000")
    .default(5),
  STEPWISE_PYODIDE_PACKAGES_URL: z
    .url({ error: "must be a URL ending in /, e.g. http://localhost:8000/pyodide/" })
    .refine((url) => url.endsWith("/"), "must end with /")
    .default(DEFAULT_PACKAGES_URL),
  // Empty counts as unset, as compose files and .env templates often leave it.
  STEPWISE_DATASET_MIRROR: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ error: "must be a URL, e.g. http://classroom-server:8000/datasets/" })
      .refine((url) => /^https?:\/\//.test(url), "must be an http:// or https:// URL")
      .optional(),
  ),
  STEPWISE_MODEL_MAX_MB: z.coerce
    .number({ error: "must be a number of megabytes from 1 to 2000" })
    .min(1, "must be a number of megabytes from 1 to 2000")
    .max(2000, "must be a number of megabytes from 1 to 2000")
    .default(100),
  STEPWISE_BATCH_WINDOW_MS: z.coerce
    .number({ error: "must be a number of milliseconds from 0 (off) to 10" })
    .min(0, "must be a number of milliseconds from 0 (off) to 10")
    .max(10, "must be a number of milliseconds from 0 (off) to 10")
    .default(1),
  STEPWISE_MODE: z
    .enum(["local", "multi"], { error: 'must be "local" (one learner, no sign-in) or "multi" (accounts)' })
    .default("local"),
  STEPWISE_AUTH_SECRET: z.string().min(32, "must be at least 32 characters; make one with: openssl rand -base64 32").optional(),
  STEPWISE_PUBLIC_URL: z
    .url({ error: "must be the URL people open, e.g. https://stepwise.example.org" })
    .refine(
      (url) => /^https?:\/\/[^/]+\/?$/.test(url),
      "must be a scheme and host (and port) only, e.g. https://stepwise.example.org",
    )
    .optional(),
  STEPWISE_SESSION_IDLE_HOURS: z.coerce
    .number({ error: "must be a number of hours from 1 to 720" })
    .min(1, "must be a number of hours from 1 to 720")
    .max(720, "must be a number of hours from 1 to 720")
    .default(72),
  STEPWISE_SESSION_MAX_DAYS: z.coerce
    .number({ error: "must be a number of days from 1 to 90" })
    .min(1, "must be a number of days from 1 to 90")
    .max(90, "must be a number of days from 1 to 90")
    .default(30),
  STEPWISE_SIGN_IN_LIMIT: z.coerce
    .number({ error: "must be a whole number of sign-ins a minute from 1 to 10000" })
    .int("must be a whole number of sign-ins a minute from 1 to 10000")
    .min(1, "must be a whole number of sign-ins a minute from 1 to 10000")
    .max(10_000, "must be a whole number of sign-ins a minute from 1 to 10000")
    .default(10),
  STEPWISE_SMTP_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ error: "must be an SMTP URL, e.g. smtps://user:password@mail.example.org:465" })
      .refine((url) => /^smtps?:\/\//.test(url), "must start with smtp:// (STARTTLS) or smtps:// (TLS)")
      .optional(),
  ),
  STEPWISE_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  STEPWISE_OIDC_ISSUER: z
    .url({ error: "must be the provider's issuer URL, e.g. https://login.example.org/realms/school" })
    .optional(),
  STEPWISE_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  STEPWISE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  STEPWISE_OIDC_NAME: z.string().trim().min(1).max(60).default("Single sign-on"),
  STEPWISE_GITHUB_CLIENT_ID: z.string().trim().min(1).optional(),
  STEPWISE_GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  STEPWISE_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== ""),
    )
    .refine((names) => names.every((name) => HOST_NAME.test(name)), HOST_NAME_LIST_ERROR),
});

/** The Host names this server answers to; see {@link AppConfig.allowedHosts}. */
function allowedHostNames(listenHost: string, extra: readonly string[]): string[] {
  const listening = listenHost.includes(":") ? `[${listenHost}]` : listenHost.toLowerCase();
  const own = isWildcard(listenHost) ? [] : [listening];
  return [...new Set([...LOOPBACK_HOST_NAMES, ...own, ...extra])];
}

/**
 * Running a learner's code on the server is fine on their own machine and dangerous on a shared
 * one: "auto" allows it only while the server listens on loopback.
 */
function serverPythonPolicy(setting: "auto" | "on" | "off", host: string): AppConfig["serverPython"] {
  if (setting === "on") return { enabled: true, reason: null };
  if (setting === "off") return { enabled: false, reason: "STEPWISE_RUN_PYTHON=off: this server does not run learners' code." };
  return isLoopback(host)
    ? { enabled: true, reason: null }
    : {
        enabled: false,
        reason: `This server listens on ${host}, so it does not run learners' code (set STEPWISE_RUN_PYTHON=on to allow it on a trusted network). Use the Browser runtime.`,
      };
}

export class ConfigError extends Error {}

/** Multi-user mode's settings, or a {@link ConfigError} saying which one is missing. */
function multiUserConfig(settings: z.infer<typeof EnvSchema>): MultiUserConfig | null {
  if (settings.STEPWISE_MODE === "local") return null;
  if (!settings.STEPWISE_AUTH_SECRET)
    throw new ConfigError(
      "invalid settings:\n  STEPWISE_AUTH_SECRET: multi-user mode needs a secret of at least 32 characters to sign sessions; make one with: openssl rand -base64 32\nSee the settings table in README.md.",
    );
  const idle = Math.round(settings.STEPWISE_SESSION_IDLE_HOURS * 3600);
  const max = Math.round(settings.STEPWISE_SESSION_MAX_DAYS * 86_400);
  const publicUrl = new URL(settings.STEPWISE_PUBLIC_URL ?? `http://localhost:${settings.PORT}`).origin;
  const oidc = [settings.STEPWISE_OIDC_ISSUER, settings.STEPWISE_OIDC_CLIENT_ID, settings.STEPWISE_OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean))
    throw new ConfigError(
      "invalid settings:\n  STEPWISE_OIDC_ISSUER, STEPWISE_OIDC_CLIENT_ID, STEPWISE_OIDC_CLIENT_SECRET: signing in with OIDC needs all three (or none)\nSee docs/accounts.md.",
    );
  const github = [settings.STEPWISE_GITHUB_CLIENT_ID, settings.STEPWISE_GITHUB_CLIENT_SECRET];
  if (github.some(Boolean) && !github.every(Boolean))
    throw new ConfigError(
      "invalid settings:\n  STEPWISE_GITHUB_CLIENT_ID, STEPWISE_GITHUB_CLIENT_SECRET: signing in with GitHub needs both (or neither)\nSee docs/accounts.md.",
    );
  return {
    authSecret: settings.STEPWISE_AUTH_SECRET,
    publicUrl,
    sessionIdleSeconds: Math.min(idle, max),
    sessionMaxSeconds: max,
    signInsPerMinute: settings.STEPWISE_SIGN_IN_LIMIT,
    smtpUrl: settings.STEPWISE_SMTP_URL,
    mailFrom: settings.STEPWISE_MAIL_FROM ?? `Stepwise <no-reply@${new URL(publicUrl).hostname}>`,
    oidc:
      settings.STEPWISE_OIDC_ISSUER && settings.STEPWISE_OIDC_CLIENT_ID && settings.STEPWISE_OIDC_CLIENT_SECRET
        ? {
            issuer: settings.STEPWISE_OIDC_ISSUER.replace(/\/$/, ""),
            clientId: settings.STEPWISE_OIDC_CLIENT_ID,
            clientSecret: settings.STEPWISE_OIDC_CLIENT_SECRET,
            name: settings.STEPWISE_OIDC_NAME,
          }
        : undefined,
    github:
      settings.STEPWISE_GITHUB_CLIENT_ID && settings.STEPWISE_GITHUB_CLIENT_SECRET
        ? { clientId: settings.STEPWISE_GITHUB_CLIENT_ID, clientSecret: settings.STEPWISE_GITHUB_CLIENT_SECRET }
        : undefined,
  };
}

/** Where `npm run build` puts what the server sends to browsers; fixed, not settings. */
export function buildOutput(projectRoot: string): Pick<AppConfig, "webDir" | "builtPyodideDir"> {
  return { webDir: resolve(projectRoot, "dist/web"), builtPyodideDir: resolve(projectRoot, "dist/pyodide", PYODIDE_VERSION) };
}

/** Reads settings from the environment; throws a {@link ConfigError} naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, projectRoot: string): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid settings:\n${lines.join("\n")}\nSee the settings table in README.md.`);
  }
  const settings = parsed.data;
  if (settings.STEPWISE_APP_WORKER === "off" && settings.DATABASE_URL === undefined)
    throw new ConfigError(
      "invalid settings:\n  STEPWISE_APP_WORKER: off leaves grading to `stepwise worker` processes, which need PostgreSQL (DATABASE_URL=postgres://…); a SQLite Stepwise grades in its own process, so leave it on.\nSee the settings table in README.md.",
    );
  const multiUser = multiUserConfig(settings);
  // The public name is one the server answers to: a request for it is not a rebinding attack.
  const publicHost = multiUser ? new URL(multiUser.publicUrl).hostname.toLowerCase() : null;
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir: resolve(projectRoot, settings.STEPWISE_DATA_DIR),
    databaseUrl: settings.DATABASE_URL,
    contentDir: resolve(projectRoot, settings.STEPWISE_CONTENT_DIR),
    ...buildOutput(projectRoot),
    logLevel: settings.LOG_LEVEL,
    python: settings.STEPWISE_PYTHON,
    serverPython: multiUser
      ? {
          enabled: false,
          reason:
            "This Stepwise is shared (multi-user mode), so it never runs learners' code in its own process. Use the Browser runtime.",
        }
      : serverPythonPolicy(settings.STEPWISE_RUN_PYTHON, settings.HOST),
    sandbox: {
      enabled: settings.STEPWISE_SANDBOX === "on",
      python: settings.STEPWISE_SANDBOX_PYTHON,
      appWorker: settings.STEPWISE_APP_WORKER === "on",
    },
    pyodidePackagesUrl: settings.STEPWISE_PYODIDE_PACKAGES_URL,
    dailySubmissions: settings.STEPWISE_DAILY_SUBMISSIONS,
    datasetMirror: settings.STEPWISE_DATASET_MIRROR,
    allowedHosts: allowedHostNames(settings.HOST, [...settings.STEPWISE_ALLOWED_HOSTS, ...(publicHost ? [publicHost] : [])]),
    modelMaxBytes: Math.round(settings.STEPWISE_MODEL_MAX_MB * 1024 * 1024),
    batchWindowMs: settings.STEPWISE_BATCH_WINDOW_MS,
    mode: settings.STEPWISE_MODE,
    multiUser,
  };
}

/** The version in package.json, reported by `/api/health`. */
export function readAppVersion(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(resolve(projectRoot, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
