import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieOf,
  me,
  signUp,
  startMultiUserServer,
  TEST_MULTI_USER,
  TEST_ORIGIN,
  TEST_PASSWORD,
} from "../test-support/accounts.js";
import { DIALECTS, startTestServer, type TestServer } from "../test-support/test-dialects.js";

const PASSWORD = TEST_PASSWORD;
const ORIGIN = TEST_ORIGIN;

describe.each(DIALECTS)("multi-user mode (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let dataDir: string;
  let ada: string;
  let bob: string;
  const topicId = () => [...app.curriculum.topicsById.keys()][0] ?? "";

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    dataDir = app.config.dataDir;
  }, 60_000);
  afterAll(() => server.destroy());

  it("answers 401 with a message to anyone not signed in, but sign-in itself, who-am-I and health stay open", async () => {
    const progress = await app.inject({ method: "GET", url: "/api/progress" });
    expect(progress.statusCode).toBe(401);
    expect(progress.json<{ message: string }>().message).toMatch(/Sign in/);
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    expect(await me(app)).toEqual({ mode: "multi", user: null, firstAccountIsAdmin: true, publicAreas: [], signInProviders: [] });
  });

  it("makes the first account admin and the next ones learners, each signed in at sign-up with an HttpOnly, SameSite=Lax cookie", async () => {
    const first = await signUp(app, "ada@example.org", "Ada");
    ada = first.cookie;
    expect(String(first.setCookie)).toMatch(/HttpOnly/i);
    expect(String(first.setCookie)).toMatch(/SameSite=Lax/i);
    bob = (await signUp(app, "bob@example.org", "Bob")).cookie;
    expect(await me(app, ada)).toMatchObject({
      user: { name: "Ada", email: "ada@example.org", role: "admin" },
      firstAccountIsAdmin: false,
    });
    expect(await me(app, bob)).toMatchObject({ user: { name: "Bob", role: "learner" } });
  });

  it("sends a verification link by mail (kept as a file without a mail server)", () => {
    const mails = readdirSync(join(dataDir, "mail")).map((name) => readFileSync(join(dataDir, "mail", name), "utf8"));
    expect(mails.find((mail) => mail.includes("To: bob@example.org"))).toMatch(/\/api\/auth\/verify-email\?token=/);
  });

  it("keeps each person's data their own: Bob never sees Ada's note", async () => {
    const saved = await app.inject({
      method: "PUT",
      url: `/api/notes/topics/${topicId()}`,
      headers: { cookie: ada, "content-type": "application/json" },
      payload: { text: "Ada's private note" },
    });
    expect(saved.statusCode).toBe(200);
    const asAda = await app.inject({ method: "GET", url: `/api/topics/${topicId()}`, headers: { cookie: ada } });
    const asBob = await app.inject({ method: "GET", url: `/api/topics/${topicId()}`, headers: { cookie: bob } });
    expect(asAda.json<{ note: { text: string } }>().note.text).toBe("Ada's private note");
    expect(asBob.json<{ note: { text: string } }>().note.text).toBe("");
  });

  it("answers a wrong password and an unknown email alike, and signs in with the right one into a new session", async () => {
    const attempt = (email: string, password: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
        payload: { email, password },
      });
    const wrong = await attempt("bob@example.org", "not the password");
    const unknown = await attempt("nobody@example.org", "not the password");
    expect(wrong.statusCode).toBe(401);
    expect({ status: unknown.statusCode, body: unknown.json() }).toEqual({ status: wrong.statusCode, body: wrong.json() });
    const right = await attempt("bob@example.org", PASSWORD);
    expect(right.statusCode).toBe(200);
    const again = cookieOf(right.headers["set-cookie"]);
    expect(again).not.toBe(bob);
    expect((await me(app, again)).user?.name).toBe("Bob");
  });

  it("ends a session at sign-out: the old cookie no longer opens anything", async () => {
    const { cookie } = await signUp(app, "cy@example.org", "Cy");
    const out = await app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { host: "localhost", cookie, origin: ORIGIN, "content-type": "application/json" },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: { cookie } })).statusCode).toBe(401);
  });

  it("ends a session past its absolute lifetime even while it is in use, and deletes it", async () => {
    const { cookie } = await signUp(app, "dee@example.org", "Dee");
    const user = await app.db.selectFrom("users").select("id").where("email", "=", "dee@example.org").executeTakeFirstOrThrow();
    const longAgo = new Date(Date.now() - 2 * 86_400_000);
    await app.db
      .updateTable("auth_sessions")
      .set({ created_at: dialect === "postgres" ? longAgo : longAgo.toISOString() })
      .where("user_id", "=", user.id)
      .execute();
    const response = await app.inject({ method: "GET", url: "/api/progress", headers: { cookie } });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ message: string }>().message).toMatch(/ended 1 days after you signed in/);
    expect(await app.db.selectFrom("auth_sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
  });

  it("shuts a disabled account out: its open session ends and it cannot sign in again", async () => {
    const { cookie } = await signUp(app, "eve@example.org", "Eve");
    await app.db
      .updateTable("users")
      .set({ disabled: dialect === "postgres" ? true : 1 })
      .where("email", "=", "eve@example.org")
      .execute();
    const response = await app.inject({ method: "GET", url: "/api/progress", headers: { cookie } });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ message: string }>().message).toMatch(/disabled/);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
      payload: { email: "eve@example.org", password: PASSWORD },
    });
    expect(signIn.statusCode).toBeGreaterThanOrEqual(400);
    expect(signIn.headers["set-cookie"] ?? "").not.toMatch(/stepwise\.session_token=[^;]/);
  });

  it("resets a forgotten password through the mailed link, answering alike for unknown emails, and ends the old sessions", async () => {
    const { cookie } = await signUp(app, "fay@example.org", "Fay");
    const ask = (email: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/request-password-reset",
        headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
        payload: { email, redirectTo: "/reset-password" },
      });
    const known = await ask("fay@example.org");
    const unknown = await ask("nobody@example.org");
    expect(known.statusCode).toBe(200);
    expect({ status: unknown.statusCode, body: unknown.json() }).toEqual({ status: known.statusCode, body: known.json() });
    const mail = readdirSync(join(dataDir, "mail"))
      .map((name) => readFileSync(join(dataDir, "mail", name), "utf8"))
      .find((text) => text.includes("To: fay@example.org") && text.includes("Reset your Stepwise password"));
    const token = /reset-password\/([^?\s]+)/.exec(mail ?? "")?.[1];
    expect(token, mail).toBeTruthy();
    const reset = await app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
      payload: { newPassword: "a brand new passphrase", token },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: { cookie } })).statusCode).toBe(401);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
      payload: { email: "fay@example.org", password: "a brand new passphrase" },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it("limits sign-ups and sign-in attempts per client address, with a 429 that says to wait", async () => {
    const address = "10.9.9.9";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        remoteAddress: address,
        headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
        payload: { email: "bob@example.org", password: `guess ${i}` },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json<{ message: string }>().message).toMatch(/try again later/i);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another address is not held back.
    const other = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      remoteAddress: "10.9.9.10",
      headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
      payload: { email: "bob@example.org", password: PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });

  it("takes a classroom's sign-in limit from the settings", async () => {
    const classroom = await startMultiUserServer(dialect, { multiUser: { ...TEST_MULTI_USER, signInsPerMinute: 14 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 15; i += 1) {
        const response = await classroom.app.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          remoteAddress: "10.8.8.8",
          headers: { host: "localhost", origin: ORIGIN, "content-type": "application/json" },
          payload: { email: "nobody@example.org", password: `guess ${i}` },
        });
        statuses.push(response.statusCode);
      }
      expect(
        statuses.slice(0, 14).every((status) => status === 401),
        statuses.join(" "),
      ).toBe(true);
      expect(statuses[14]).toBe(429);
    } finally {
      await classroom.destroy();
    }
  });

  it("lets a learner delete their account with their password: their rows go, and the cookie opens nothing", async () => {
    const { cookie } = await signUp(app, "gus@example.org", "Gus");
    const gus = await app.db.selectFrom("users").select("id").where("email", "=", "gus@example.org").executeTakeFirstOrThrow();
    await app.inject({
      method: "PUT",
      url: `/api/notes/topics/${topicId()}`,
      headers: { host: "localhost", cookie, "content-type": "application/json" },
      payload: { text: "Gus was here" },
    });
    const remove = (password: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/delete-user",
        headers: { host: "localhost", origin: ORIGIN, cookie, "content-type": "application/json" },
        payload: { password },
      });
    expect((await remove("not my password")).statusCode).toBeGreaterThanOrEqual(400);
    expect(await app.db.selectFrom("topic_notes").select("text").where("user_id", "=", gus.id).execute()).toEqual([
      { text: "Gus was here" },
    ]);
    const removed = await remove(PASSWORD);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await app.db.selectFrom("users").select("id").where("id", "=", gus.id).execute()).toEqual([]);
    expect(await app.db.selectFrom("topic_notes").select("text").where("user_id", "=", gus.id).execute()).toEqual([]);
    expect(await app.db.selectFrom("auth_sessions").select("id").where("user_id", "=", gus.id).execute()).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: { cookie } })).statusCode).toBe(401);
  });

  it("keeps the last administrator from deleting their account", async () => {
    const refused = await app.inject({
      method: "POST",
      url: "/api/auth/delete-user",
      headers: { host: "localhost", origin: ORIGIN, cookie: ada, "content-type": "application/json" },
      payload: { password: PASSWORD },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/last administrator/);
    expect((await me(app, ada)).user?.role).toBe("admin");
  });

  it("keeps a browser's own results, marked self-reported: the server has not verified them", async () => {
    const exercise = [...app.curriculum.exercisesById.keys()][0] ?? "";
    const result = { status: "pass", message: "all passed", tests: [], output: "", durationMs: 2, runtime: "browser" };
    const recorded = await app.inject({
      method: "POST",
      url: `/api/exercises/${exercise}/attempts`,
      headers: { host: "localhost", cookie: bob, "content-type": "application/json" },
      payload: { runtime: "browser", code: "x = 1", result },
    });
    expect(recorded.json()).toMatchObject({ attempt: { selfReported: true, status: "pass" } });
    const page = await app.inject({ method: "GET", url: `/api/exercises/${exercise}`, headers: { cookie: bob } });
    expect(page.json()).toMatchObject({ attempts: { latest: { selfReported: true } } });
  });

  it("never runs learners' code on the server", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/run",
      headers: { cookie: ada, "content-type": "application/json" },
      payload: { exerciseId: "anything", code: "print(1)", runtime: "native" },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("local mode", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  }, 60_000);
  afterAll(() => server.destroy());

  it("still needs no sign-in: the local learner is who everyone is, and there is no sign-in route", async () => {
    expect(await me(server.app)).toEqual({
      mode: "local",
      user: { id: "local", name: "Local learner", email: null, role: "admin" },
      firstAccountIsAdmin: false,
      publicAreas: [],
      signInProviders: [],
    });
    expect((await server.app.inject({ method: "GET", url: "/api/progress" })).statusCode).toBe(200);
    expect((await server.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: {} })).statusCode).toBe(404);
    // On one's own machine a browser's result is trusted as before.
    const exercise = [...server.app.curriculum.exercisesById.keys()][0] ?? "";
    const result = { status: "fail", message: "0 of 1", tests: [], output: "", durationMs: 2, runtime: "browser" };
    const recorded = await server.app.inject({
      method: "POST",
      url: `/api/exercises/${exercise}/attempts`,
      payload: { runtime: "browser", code: "x = 1", result },
    });
    expect(recorded.json()).toMatchObject({ attempt: { selfReported: false } });
  });
});
