import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieOf, jsonFromPage, me, signUp, startMultiUserServer, TEST_PASSWORD } from "../../test-support/accounts.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

interface SessionView {
  id: string;
  current: boolean;
  userAgent: string | null;
}

describe.each(DIALECTS)("your sessions (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  // DELETE carries no body, so no Content-Type.
  const fromPage = (cookie: string) => ({ host: "localhost", origin: "http://localhost", cookie });
  const list = async (cookie: string) =>
    (await app.inject({ method: "GET", url: "/api/sessions", headers: { host: "localhost", cookie } })).json<{
      sessions: SessionView[];
    }>().sessions;
  const signIn = async (email: string, userAgent: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { ...jsonFromPage(), "user-agent": userAgent },
      payload: { email, password: TEST_PASSWORD },
    });
    expect(response.statusCode, response.body).toBe(200);
    return cookieOf(response.headers["set-cookie"]);
  };

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    await signUp(app, "ada@example.org", "Ada");
    await signUp(app, "bob@example.org", "Bob");
  }, 60_000);
  afterAll(() => server.destroy());

  it("lists where you are signed in, marks this session, and never sends a session's secret", async () => {
    const laptop = await signIn("ada@example.org", "Laptop browser");
    const phone = await signIn("ada@example.org", "Phone browser");
    const response = await app.inject({ method: "GET", url: "/api/sessions", headers: { host: "localhost", cookie: laptop } });
    const { sessions } = response.json<{ sessions: SessionView[] }>();
    expect(sessions.map((s) => s.userAgent)).toEqual(expect.arrayContaining(["Laptop browser", "Phone browser"]));
    expect(sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(["Laptop browser"]);
    for (const cookie of [laptop, phone]) expect(response.body).not.toContain(cookie.split("=")[1]?.split(".")[0]);
    // The library's own list (which would send the tokens) is closed.
    const libraryList = await app.inject({
      method: "GET",
      url: "/api/auth/list-sessions",
      headers: { host: "localhost", cookie: laptop },
    });
    expect(libraryList.statusCode).toBe(404);
  });

  it("ends one session: that browser is signed out, this one is not; nobody else can end yours", async () => {
    const laptop = await signIn("ada@example.org", "Laptop two");
    const phone = await signIn("ada@example.org", "Phone two");
    const bob = await signIn("bob@example.org", "Bob's");
    const phoneSession = (await list(laptop)).find((s) => s.userAgent === "Phone two");
    if (!phoneSession) throw new Error("the phone's session is not listed");
    const byBob = await app.inject({ method: "DELETE", url: `/api/sessions/${phoneSession.id}`, headers: fromPage(bob) });
    expect(byBob.statusCode).toBe(404);
    expect((await me(app, phone)).user?.name).toBe("Ada");
    const ended = await app.inject({ method: "DELETE", url: `/api/sessions/${phoneSession.id}`, headers: fromPage(laptop) });
    expect(ended.statusCode).toBe(204);
    expect((await me(app, phone)).user).toBeNull();
    expect((await me(app, laptop)).user?.name).toBe("Ada");
    const again = await app.inject({ method: "DELETE", url: `/api/sessions/${phoneSession.id}`, headers: fromPage(laptop) });
    expect(again.statusCode).toBe(404);
    expect(again.json<{ message: string }>().message).toMatch(/no session/);
  });

  it("signs out everywhere: every session of yours ends, nobody else's", async () => {
    const one = await signIn("ada@example.org", "One");
    const two = await signIn("ada@example.org", "Two");
    const bob = await signIn("bob@example.org", "Bob's other");
    const response = await app.inject({ method: "DELETE", url: "/api/sessions", headers: fromPage(one) });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ ended: number }>().ended).toBeGreaterThanOrEqual(2);
    expect((await me(app, one)).user).toBeNull();
    expect((await me(app, two)).user).toBeNull();
    expect((await me(app, bob)).user?.name).toBe("Bob");
  });

  it("refuses an access token: managing sessions needs you signed in", async () => {
    const cookie = await signIn("bob@example.org", "Bob maker");
    const made = await app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: jsonFromPage(cookie),
      payload: { name: "cli", scopes: ["read"] },
    });
    const token = made.json<{ token: string }>().token;
    const response = await app.inject({ method: "GET", url: "/api/sessions", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(403);
  });
});

describe("sessions in local mode", () => {
  it("answer 404 with a message: there is no sign-in", async () => {
    const server = await startTestServer("sqlite");
    try {
      const response = await server.app.inject({ method: "GET", url: "/api/sessions" });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ message: string }>().message).toMatch(/multi-user mode only/);
    } finally {
      await server.destroy();
    }
  });
});
