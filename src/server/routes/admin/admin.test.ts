import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

interface Account {
  id: string;
  name: string;
  role: string;
  disabled: boolean;
}

describe.each(DIALECTS)("administering accounts (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let admin: string;
  let bob: string;
  let accounts: Account[];

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    admin = (await signUp(app, "ada@example.org", "Ada")).cookie;
    bob = (await signUp(app, "bob@example.org", "Bob")).cookie;
  }, 60_000);
  afterAll(() => server.destroy());

  const change = (cookie: string, userId: string, payload: object) =>
    app.inject({ method: "PATCH", url: `/api/admin/users/${userId}`, headers: jsonFromPage(cookie), payload });

  it("lists every account to an administrator, and to nobody else", async () => {
    const listed = await app.inject({ method: "GET", url: "/api/admin/users", headers: { cookie: admin } });
    expect(listed.statusCode).toBe(200);
    accounts = listed.json<{ accounts: Account[] }>().accounts;
    expect(accounts.map(({ name, role, disabled }) => ({ name, role, disabled }))).toEqual([
      { name: "Ada", role: "admin", disabled: false },
      { name: "Bob", role: "learner", disabled: false },
    ]);
    const asBob = await app.inject({ method: "GET", url: "/api/admin/users", headers: { cookie: bob } });
    expect(asBob.statusCode).toBe(403);
    expect(asBob.json<{ message: string }>().message).toMatch(/Only an administrator/);
    expect((await app.inject({ method: "GET", url: "/api/admin/users" })).statusCode).toBe(401);
  });

  it("makes Bob an instructor, and a learner cannot change roles", async () => {
    const bobId = accounts[1]?.id ?? "";
    const made = await change(admin, bobId, { role: "instructor" });
    expect(made.statusCode).toBe(200);
    expect(made.json<Account>()).toMatchObject({ name: "Bob", role: "instructor" });
    expect((await change(bob, bobId, { role: "admin" })).statusCode).toBe(403);
  });

  it("refuses what makes no sense, and changes nothing: no field, an unknown role, an unknown account", async () => {
    const bobId = accounts[1]?.id ?? "";
    expect((await change(admin, bobId, {})).json<{ message: string }>().message).toMatch(/say what to change/);
    expect((await change(admin, bobId, { role: "owner" })).statusCode).toBe(400);
    expect((await change(admin, "nobody", { disabled: true })).statusCode).toBe(404);
  });

  it("keeps an administrator: the last one cannot be demoted or disabled", async () => {
    const adaId = accounts[0]?.id ?? "";
    const demoted = await change(admin, adaId, { role: "learner" });
    expect(demoted.statusCode).toBe(409);
    expect(demoted.json<{ message: string }>().message).toMatch(/last enabled administrator/);
    expect((await change(admin, adaId, { disabled: true })).statusCode).toBe(409);
  });

  it("disables Bob, which ends his session at once, and enables him again", async () => {
    const bobId = accounts[1]?.id ?? "";
    expect((await change(admin, bobId, { disabled: true })).json<Account>()).toMatchObject({ disabled: true });
    expect((await app.inject({ method: "GET", url: "/api/progress", headers: { cookie: bob } })).statusCode).toBe(401);
    expect(await app.db.selectFrom("auth_sessions").select("id").where("user_id", "=", bobId).execute()).toEqual([]);
    expect((await change(admin, bobId, { disabled: false })).json<Account>()).toMatchObject({ disabled: false });
  });

  it("keeps an audit log of every change, newest first, for administrators", async () => {
    const audit = await app.inject({ method: "GET", url: "/api/admin/audit", headers: { cookie: admin } });
    expect(audit.statusCode).toBe(200);
    const entries = audit.json<{ entries: { actor: string; action: string; target: string; details: object }[] }>().entries;
    expect(entries.map(({ actor, action, target, details }) => ({ actor, action, target, details }))).toEqual([
      { actor: "Ada", action: "user.enabled", target: "Bob <bob@example.org>", details: {} },
      { actor: "Ada", action: "user.disabled", target: "Bob <bob@example.org>", details: {} },
      { actor: "Ada", action: "user.role", target: "Bob <bob@example.org>", details: { from: "learner", to: "instructor" } },
    ]);
    const learner = (await signUp(app, "cy@example.org", "Cy")).cookie;
    expect((await app.inject({ method: "GET", url: "/api/admin/audit", headers: { cookie: learner } })).statusCode).toBe(403);
  });
});

describe("administering accounts in local mode", () => {
  it("says there are no accounts to administer", async () => {
    const server = await startTestServer("sqlite");
    try {
      const response = await server.app.inject({ method: "GET", url: "/api/admin/users" });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ message: string }>().message).toMatch(/multi-user mode only/);
    } finally {
      await server.destroy();
    }
  });
});
