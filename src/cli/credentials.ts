import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Access tokens the CLI signs in with, one per Stepwise (by origin), in
 * $XDG_CONFIG_HOME/stepwise/credentials.json or ~/.config/stepwise/credentials.json, readable by
 * the user only. `STEPWISE_TOKEN` overrides the file (for CI jobs).
 */
export function credentialsFile(): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), ".config"), "stepwise", "credentials.json");
}

type Credentials = Record<string, { readonly token: string }>;

function readCredentials(): Credentials {
  const file = credentialsFile();
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Credentials) : {};
  } catch {
    return {};
  }
}

function writeCredentials(credentials: Credentials): void {
  const file = credentialsFile();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // an older file keeps its mode on rewrite
}

const originOf = (url: string) => new URL(url).origin;

/** The token for the Stepwise at `url`, if the CLI has one. */
export function tokenFor(url: string): string | undefined {
  return process.env.STEPWISE_TOKEN || readCredentials()[originOf(url)]?.token;
}

export function saveToken(server: string, token: string): void {
  writeCredentials({ ...readCredentials(), [originOf(server)]: { token } });
}

/** Forgets the server's token; false when there was none. */
export function forgetToken(server: string): boolean {
  const credentials = readCredentials();
  const origin = originOf(server);
  if (!(origin in credentials)) return false;
  writeCredentials(Object.fromEntries(Object.entries(credentials).filter(([key]) => key !== origin)));
  return true;
}

/** `fetch` to a Stepwise server, signed in with its token when the CLI has one. */
export function serverFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const token = tokenFor(url);
  if (!token) return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return fetch(url, { ...init, headers });
}
