import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, type TestServer } from "../../test-support/test-dialects.js";

interface Created {
  id: string;
  token: string;
  scopes: string[];
}

describe.each(DIALECTS)("personal access tokens (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let ada: string;
  let bob: string;
  const exerciseId = () => [...app.curriculum.exercisesById.keys()][0] ?? "";
  // DELETE carries no body, so no Content-Type (an empty JSON body is a 400).
  const fromPage = (cookie: string) => ({ host: "localhost", origin: "http://localhost", cookie });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });
  const make = async (cookie: string, payload: object) =>
    app.inject({ method: "POST", url: "/api/tokens", headers: jsonFromPage(cookie), payload });

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    ada = (await signUp(app, "ada@example.org", "Ada")).cookie;
    bob = (await signUp(app, "bob@example.org", "Bob")).cookie;
  }, 60_000);
  afterAll(() => server.destroy());

  it("shows a new token once, keeps only its hash, and lists it without the secret", async () => {
    const created = await make(ada, { name: "laptop CLI", scopes: ["attempts", "read"] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<Created>();
    expect(token).toMatch(/^swp_[A-Za-z0-9_-]{40,}$/);
    const stored = await app.db.selectFrom("api_tokens").select("token_hash").where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    const listed = await app.inject({ method: "GET", url: "/api/tokens", headers: { cookie: ada } });
    expect(listed.body).not.toContain(token);
    expect(listed.json()).toMatchObject({ tokens: [{ id, name: "laptop CLI", scopes: ["attempts", "read"], lastUsedAt: null }] });
  });

  it("refuses a token without a name or scope, or with an unknown scope, and stores nothing", async () => {
    for (const payload of [
      { name: "", scopes: ["read"] },
      { name: "x", scopes: [] },
      { name: "x", scopes: ["admin"] },
    ])
      expect((await make(ada, payload)).statusCode).toBe(400);
    expect(await app.db.selectFrom("api_tokens").select("id").execute()).toHaveLength(1);
  });

  it("acts as its owner within its scopes: records an attempt and reads, but does not write notes or make tokens", async () => {
    const { token } = (await make(ada, { name: "cli", scopes: ["attempts", "read"] })).json<Created>();
    const result = { status: "pass", message: "all passed", tests: [], output: "", durationMs: 3, runtime: "browser" };
    const recorded = await app.inject({
      method: "POST",
      url: `/api/exercises/${exerciseId()}/attempts`,
      headers: bearer(token),
      payload: { runtime: "browser", code: "x = 1", result },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const mine = await app.db
      .selectFrom("exercise_attempts")
      .innerJoin("users", "users.id", "exercise_attempts.user_id")
      .select("users.email")
      .execute();
    expect(mine).toEqual([{ email: "ada@example.org" }]);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: bearer(token) })).statusCode).toBe(200);

    const topic = [...app.curriculum.topicsById.keys()][0] ?? "";
    const note = await app.inject({
      method: "PUT",
      url: `/api/notes/topics/${topic}`,
      headers: bearer(token),
      payload: { text: "x" },
    });
    expect(note.statusCode).toBe(403);
    expect(note.json<{ message: string }>().message).toMatch(/An access token cannot do this/);
    const more = await app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: bearer(token),
      payload: { name: "y", scopes: ["read"] },
    });
    expect(more.statusCode).toBe(403);
    const submissions = await app.inject({
      method: "POST",
      url: "/api/projects/anything/submissions",
      headers: bearer(token),
      payload: {},
    });
    expect(submissions.json<{ message: string }>().message).toMatch(
      /scopes \(attempts, read\) do not allow this; it needs submissions/,
    );
  });

  it("reads the calendar feed with the token in its URL, and nowhere else", async () => {
    const { token } = (await make(ada, { name: "calendar", scopes: ["calendar"] })).json<Created>();
    const feed = await app.inject({ method: "GET", url: `/api/plan/calendar.ics?access_token=${token}` });
    expect(feed.statusCode).not.toBe(401);
    expect(feed.statusCode).not.toBe(403);
    expect((await app.inject({ method: "GET", url: `/api/progress?access_token=${token}` })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: bearer(token) })).statusCode).toBe(403);
  });

  it("stops working once revoked or expired, and nobody else can revoke it", async () => {
    const { token, id } = (await make(ada, { name: "short", scopes: ["read"], days: 1 })).json<Created>();
    expect((await app.inject({ method: "DELETE", url: `/api/tokens/${id}`, headers: fromPage(bob) })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: bearer(token) })).statusCode).toBe(200);
    await app.db.updateTable("api_tokens").set({ expires_at: "2020-01-01T00:00:00.000Z" }).where("id", "=", id).execute();
    const expired = await app.inject({ method: "GET", url: "/api/progress", headers: bearer(token) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ message: string }>().message).toMatch(/unknown, revoked or expired/);

    const other = (await make(ada, { name: "other", scopes: ["read"] })).json<Created>();
    expect((await app.inject({ method: "DELETE", url: `/api/tokens/${other.id}`, headers: fromPage(ada) })).statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: bearer(other.token) })).statusCode).toBe(401);
  });
});
