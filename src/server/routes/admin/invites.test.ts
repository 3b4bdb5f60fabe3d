import type { FastifyInstance } from "fastify";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, me, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, type TestServer } from "../../test-support/test-dialects.js";

interface Created {
  id: string;
  url: string;
  email: string;
  role: string;
}

describe.each(DIALECTS)("invitations by mail (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  const who: Record<string, string> = {};
  const call = (caller: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers:
        payload === undefined
          ? { host: "localhost", origin: "http://localhost", cookie: who[caller] }
          : jsonFromPage(who[caller]),
      ...(payload === undefined ? {} : { payload }),
    });
  const invite = async (email: string, role: string) => {
    const response = await call("admin", "POST", "/api/admin/invites", { email, role });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Created>();
  };
  const tokenOf = (created: Created) => created.url.split("/invite/")[1] ?? "";
  const mails = () =>
    readdirSync(join(app.config.dataDir, "mail")).map((name) => readFileSync(join(app.config.dataDir, "mail", name), "utf8"));

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    who.admin = (await signUp(app, "admin@example.org", "Admin")).cookie;
    who.ian = (await signUp(app, "ian@example.org", "Ian")).cookie;
    who.bob = (await signUp(app, "bob@example.org", "Bob")).cookie;
  }, 60_000);
  afterAll(() => server.destroy());

  it("mails an invitation with its link, lists it while open, and makes the invited account an instructor on accepting", async () => {
    const created = await invite("Ian@Example.org", "instructor");
    expect(created.url).toMatch(/^http:\/\/localhost\/invite\/[\w-]{20,}$/);
    const mail = mails().find((text) => text.includes(created.url));
    expect(mail).toMatch(/^To: Ian@Example\.org\nSubject: You are invited to Stepwise as an instructor/);
    const listed = (await call("admin", "GET", "/api/admin/invites")).json<{ invites: { email: string; role: string }[] }>();
    expect(listed.invites).toEqual([
      expect.objectContaining({ email: "ian@example.org", role: "instructor", invitedBy: "Admin" }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(tokenOf(created));

    const accepted = await call("ian", "POST", "/api/invites/accept", { token: tokenOf(created) });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ role: "instructor" });
    expect((await me(app, who.ian)).user?.role).toBe("instructor");
    expect((await call("admin", "GET", "/api/admin/invites")).json<{ invites: unknown[] }>().invites).toEqual([]);
    const again = await call("ian", "POST", "/api/invites/accept", { token: tokenOf(created) });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ message: string }>().message).toMatch(/used already/);
    const audit = (await call("admin", "GET", "/api/admin/audit")).json<{ entries: { action: string }[] }>();
    expect(audit.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(["user.invited", "user.invite-accepted"]));
  });

  it("refuses a forwarded link: the account must have the invited address", async () => {
    const created = await invite("someone-else@example.org", "admin");
    const response = await call("bob", "POST", "/api/invites/accept", { token: tokenOf(created) });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toMatch(/another address/);
    expect((await me(app, who.bob)).user?.role).toBe("learner");
  });

  it("withdraws an invitation, after which its link does nothing", async () => {
    const created = await invite("bob@example.org", "instructor");
    expect((await call("admin", "DELETE", `/api/admin/invites/${created.id}`)).statusCode).toBe(204);
    expect((await call("admin", "DELETE", `/api/admin/invites/${created.id}`)).statusCode).toBe(404);
    expect((await call("bob", "POST", "/api/invites/accept", { token: tokenOf(created) })).statusCode).toBe(400);
    expect((await me(app, who.bob)).user?.role).toBe("learner");
  });

  it("refuses an expired invitation", async () => {
    const created = await invite("bob@example.org", "instructor");
    await app.db
      .updateTable("account_invites")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", created.id)
      .execute();
    expect((await call("bob", "POST", "/api/invites/accept", { token: tokenOf(created) })).statusCode).toBe(400);
    expect((await me(app, who.bob)).user?.role).toBe("learner");
  });

  it("lets only administrators invite, and stores nothing for a bad request", async () => {
    const byLearner = await call("bob", "POST", "/api/admin/invites", { email: "x@example.org", role: "admin" });
    expect(byLearner.statusCode).toBe(403);
    const bad = await call("admin", "POST", "/api/admin/invites", { email: "not an address", role: "instructor" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/address to invite/);
    const badRole = await call("admin", "POST", "/api/admin/invites", { email: "x@example.org", role: "owner" });
    expect(badRole.statusCode).toBe(400);
    const stored = await app.db.selectFrom("account_invites").select("email").where("email", "=", "x@example.org").execute();
    expect(stored).toEqual([]);
  });
});
