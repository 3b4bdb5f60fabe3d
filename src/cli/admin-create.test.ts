import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../server/app.js";
import { loadConfig } from "../core/config.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { runStepwiseWith } from "./test-support/run-stepwise.js";

const dataDir = mkdtempSync(join(tmpdir(), "stepwise-admin-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const ENV = {
  STEPWISE_MODE: "multi",
  STEPWISE_AUTH_SECRET: "a-secret-for-this-test-only-0123456789",
  STEPWISE_DATA_DIR: dataDir,
  DATABASE_URL: undefined,
  STEPWISE_ADMIN_PASSWORD: "the admin's passphrase",
};

describe("stepwise admin create", () => {
  it("creates an administrator who can then sign in on the server, and refuses the same email twice", async () => {
    const created = await runStepwiseWith(dataDir, ENV, "admin", "create", "--email", "ada@example.org", "--name", "Ada");
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created administrator Ada <ada@example\.org>/);

    const again = await runStepwiseWith(dataDir, ENV, "admin", "create", "--email", "ada@example.org", "--name", "Ada");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already an account for ada@example\.org; nothing was changed/);

    const serverEnv = {
      STEPWISE_MODE: ENV.STEPWISE_MODE,
      STEPWISE_AUTH_SECRET: ENV.STEPWISE_AUTH_SECRET,
      STEPWISE_DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
    };
    const app = await buildApp(loadConfig(serverEnv, PROJECT_ROOT), { curriculum: testCurriculum() });
    try {
      const signIn = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { host: "localhost:3000", origin: "http://localhost:3000", "content-type": "application/json" },
        payload: { email: "ada@example.org", password: ENV.STEPWISE_ADMIN_PASSWORD },
      });
      expect(signIn.statusCode, signIn.body).toBe(200);
      const cookie = String(signIn.headers["set-cookie"]).split(";", 1)[0] ?? "";
      const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
      expect(me.json()).toMatchObject({ user: { email: "ada@example.org", role: "admin" }, firstAccountIsAdmin: false });
    } finally {
      await app.close();
    }
  });

  it("says what is missing: multi-user mode, or a password", async () => {
    const create = (env: Record<string, string | undefined>) =>
      runStepwiseWith(dataDir, { ...ENV, ...env }, "admin", "create", "--email", "x@example.org", "--name", "X");
    const local = await create({ STEPWISE_MODE: undefined });
    expect({ code: local.code, stderr: local.stderr }).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/STEPWISE_MODE=multi/),
    });
    const noPassword = await create({ STEPWISE_ADMIN_PASSWORD: undefined });
    expect({ code: noPassword.code, stderr: noPassword.stderr }).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/STEPWISE_ADMIN_PASSWORD/),
    });
  });
});
