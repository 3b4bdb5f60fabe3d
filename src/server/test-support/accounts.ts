import type { AppConfig, MultiUserConfig } from "../../core/config.js";
import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { MeResponse } from "../../shared/api/index.js";
import type { DialectName } from "../../core/db/database.js";
import { startTestServer, testConfig, type TestServer } from "./test-dialects.js";

export const TEST_PASSWORD = "correct horse battery";
/** The public URL the test servers have; requests name it as Host and Origin, as a browser would. */
export const TEST_ORIGIN = "http://localhost";

/** Multi-user settings for tests: 1 hour idle, 1 day absolute session lifetime, the default sign-in limit. */
export const TEST_MULTI_USER = {
  authSecret: "a-test-secret-that-is-long-enough-0123456789",
  publicUrl: TEST_ORIGIN,
  sessionIdleSeconds: 3600,
  sessionMaxSeconds: 86_400,
  signInsPerMinute: 10,
} as const satisfies MultiUserConfig;

/** A server in multi-user mode on a fresh database, with {@link TEST_MULTI_USER}'s settings. */
export function startMultiUserServer(dialect: DialectName, overrides: Partial<AppConfig> = {}): Promise<TestServer> {
  return startTestServer(dialect, {
    mode: "multi",
    multiUser: TEST_MULTI_USER,
    serverPython: { enabled: false, reason: "multi-user mode" },
    allowedHosts: testConfig("/unused").allowedHosts,
    ...overrides,
  });
}

/** Headers of a JSON request from Stepwise's own page. */
export const jsonFromPage = (cookie?: string) => ({
  host: "localhost",
  origin: TEST_ORIGIN,
  "content-type": "application/json",
  ...(cookie ? { cookie } : {}),
});

/** A browser's cookie jar, as far as these tests need one: the session cookie the last answer set. */
export function cookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const session = all.find((cookie) => cookie.startsWith("stepwise.session_token="));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(all)}`);
  return session.split(";", 1)[0] ?? "";
}

/** Each sign-up from its own address, so the sign-up rate limit (5 a minute per address) stays out of the way. */
let addresses = 0;
const nextAddress = () => `10.0.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;

/** Signs up through the real sign-in library; returns the session cookie. */
export async function signUp(app: FastifyInstance, email: string, name: string) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    remoteAddress: nextAddress(),
    headers: jsonFromPage(),
    payload: { email, password: TEST_PASSWORD, name },
  });
  addresses += 1;
  expect(response.statusCode, response.body).toBe(200);
  return { cookie: cookieOf(response.headers["set-cookie"]), setCookie: response.headers["set-cookie"] };
}

export const me = async (app: FastifyInstance, cookie?: string) =>
  (await app.inject({ method: "GET", url: "/api/me", headers: cookie ? { cookie } : {} })).json<MeResponse>();
