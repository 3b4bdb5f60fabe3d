import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "../server/test-support/accounts.js";
import type { TestServer } from "../server/test-support/test-dialects.js";
import { runStepwiseWith, runStepwiseWithInput } from "./test-support/run-stepwise.js";

describe("stepwise login, and commands that use its token", () => {
  const work = mkdtempSync(join(tmpdir(), "stepwise-login-"));
  const env = { XDG_CONFIG_HOME: join(work, "config"), STEPWISE_TOKEN: undefined };
  const credentials = join(work, "config", "stepwise", "credentials.json");
  let server: TestServer;
  let app: FastifyInstance;
  let url = "";
  let token = "";

  beforeAll(async () => {
    server = await startMultiUserServer("sqlite");
    app = server.app;
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    const { cookie } = await signUp(app, "ada@example.org", "Ada");
    const made = await app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: jsonFromPage(cookie),
      payload: { name: "cli", scopes: ["read"] },
    });
    token = made.json<{ token: string }>().token;
  }, 60_000);
  afterAll(async () => {
    await server.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it("without a token, a command is refused by the shared server with its message", async () => {
    const refused = await runStepwiseWith(work, env, "portfolio", "export", join(work, "out-anonymous"), "--server", url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the server refused: Sign in first/);
  });

  it("refuses a token the server does not accept, and saves nothing", async () => {
    const wrong = await runStepwiseWithInput(work, env, "swp_not-a-real-token", "login", "--server", url);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/did not accept the token: .*unknown, revoked or expired.*Nothing was saved/);
    const junk = await runStepwiseWithInput(work, env, "hello", "login", "--server", url);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/not a Stepwise access token/);
  });

  it("checks the token with the server, keeps it readable by the user only, and commands use it", async () => {
    const login = await runStepwiseWithInput(work, env, `${token}\n`, "login", "--server", url);
    expect(login.stderr).toBe("");
    expect(login.stdout).toMatch(/Signed in to http:\/\/127\.0\.0\.1:\d+ as Ada <ada@example\.org>\./);
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(credentials, "utf8"))).toEqual({ [url]: { token } });

    const exported = await runStepwiseWith(work, env, "portfolio", "export", join(work, "out"), "--server", url);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
  });

  it("forgets the token at logout", async () => {
    const logout = await runStepwiseWith(work, env, "logout", "--server", url);
    expect(logout.stdout).toMatch(/Signed out of/);
    expect(JSON.parse(readFileSync(credentials, "utf8"))).toEqual({});
    expect((await runStepwiseWith(work, env, "logout", "--server", url)).stdout).toMatch(/was not signed in/);
  });
});
