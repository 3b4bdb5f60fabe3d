import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("publishing a portfolio at /u/<handle> (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let ada: string;
  let bob: string;
  const publish = (cookie: string, handle: string) =>
    app.inject({ method: "PUT", url: "/api/portfolio/publication", headers: jsonFromPage(cookie), payload: { handle } });

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    ada = (await signUp(app, "ada@example.org", "Ada")).cookie;
    bob = (await signUp(app, "bob@example.org", "Bob")).cookie;
    await app.inject({
      method: "PUT",
      url: "/api/portfolio/profile",
      headers: jsonFromPage(ada),
      payload: { name: "Ada Lovelace", headline: "Machine learning engineer in the making", links: [] },
    });
    const topic = [...app.curriculum.topicsById.keys()][0] ?? "";
    await app.inject({
      method: "PUT",
      url: `/api/notes/topics/${topic}`,
      headers: jsonFromPage(ada),
      payload: { text: "ADA-PRIVATE-NOTE" },
    });
  }, 60_000);
  afterAll(() => server.destroy());

  it("is off until the learner publishes it", async () => {
    expect((await app.inject({ method: "GET", url: "/api/portfolio/publication", headers: { cookie: ada } })).json()).toEqual({
      published: false,
      handle: null,
      path: null,
    });
    expect((await app.inject({ method: "GET", url: "/u/ada/" })).statusCode).toBe(404);
  });

  it("serves the published portfolio to anyone, without signing in, and never the learner's notes", async () => {
    const published = await publish(ada, "ada-lovelace");
    expect(published.json()).toEqual({ published: true, handle: "ada-lovelace", path: "/u/ada-lovelace/" });
    const bare = await app.inject({ method: "GET", url: "/u/ada-lovelace" });
    expect({ status: bare.statusCode, location: bare.headers.location }).toEqual({ status: 301, location: "/u/ada-lovelace/" });
    const page = await app.inject({ method: "GET", url: "/u/ada-lovelace/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("Ada Lovelace");
    expect(page.body).toContain("Machine learning engineer in the making");
    expect(page.body).not.toContain("ADA-PRIVATE-NOTE");
    // A page anyone can publish runs no script at all, whatever its text holds.
    expect(page.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(page.headers["content-security-policy"]).not.toContain("script-src");
    expect((await app.inject({ method: "GET", url: "/u/ada-lovelace/no-such-file.html" })).statusCode).toBe(404);
  });

  it("keeps handles unique and well-formed, changing nothing when refused", async () => {
    const taken = await publish(bob, "ada-lovelace");
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ message: string }>().message).toMatch(/taken/);
    for (const handle of ["A", "-ada", "ada-", "ada lovelace", "x".repeat(31)])
      expect((await publish(bob, handle)).statusCode).toBe(400);
    expect(
      (await app.inject({ method: "GET", url: "/api/portfolio/publication", headers: { cookie: bob } })).json(),
    ).toMatchObject({ published: false });
  });

  it("stops serving it once unpublished", async () => {
    const off = await app.inject({
      method: "DELETE",
      url: "/api/portfolio/publication",
      headers: { host: "localhost", origin: "http://localhost", cookie: ada },
    });
    expect(off.json()).toMatchObject({ published: false });
    expect((await app.inject({ method: "GET", url: "/u/ada-lovelace/" })).statusCode).toBe(404);
  });
});
