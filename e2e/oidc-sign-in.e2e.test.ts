import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeResponse } from "../src/shared/api/index.js";
import { launchChromium } from "./browser.js";
import { startOidcProvider, type LocalOidcProvider } from "./oidc-provider.js";
import { startE2eServer, type E2eServer } from "./server.js";
import { freePort } from "../src/server/test-support/free-port.js";

const POLL = { timeout: 20_000 };
const LEARNER = { sub: "sso-4711", email: "grace@school.example", name: "Grace Hopper" };

const whoAmI = (page: Page) =>
  page.evaluate(async () => (await (await fetch("/api/me")).json()) as unknown) as Promise<MeResponse>;

// A real OpenID Connect provider and Stepwise, both on this machine, and Chromium between them.
describe("signing in with an OpenID Connect provider", { timeout: 120_000 }, () => {
  let provider: LocalOidcProvider;
  let server: E2eServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider(`http://127.0.0.1:${port}`);
    server = await startE2eServer({
      multiUser: true,
      port,
      env: {
        STEPWISE_OIDC_ISSUER: provider.issuer,
        STEPWISE_OIDC_CLIENT_ID: provider.clientId,
        STEPWISE_OIDC_CLIENT_SECRET: provider.clientSecret,
        STEPWISE_OIDC_NAME: "School login",
      },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.stop();
  });

  const signInThroughProvider = async (page: Page, from: string) => {
    await page.goto(server.url(from));
    await page.waitForURL(/\/sign-in/, POLL);
    await page.getByRole("button", { name: "Sign in with School login" }).click();
  };

  it("creates the account on first sign-in, signed in and back on the page asked for", async () => {
    provider.signInAs(LEARNER);
    const page = await (await browser.newContext()).newPage();
    await signInThroughProvider(page, "/progress");
    await page.waitForURL((url) => url.pathname === "/progress", POLL);
    const me = await whoAmI(page);
    expect(me.user).toMatchObject({ name: "Grace Hopper", email: "grace@school.example" });
    // An empty instance's first account runs it, whichever way it signed up.
    expect(me.user?.role).toBe("admin");
    const accounts = await server.app.db.selectFrom("auth_accounts").select(["provider_id", "account_id"]).execute();
    expect(accounts).toEqual([{ provider_id: "oidc", account_id: "sso-4711" }]);
  });

  it("signs the same person in to the same account the next time", async () => {
    const page = await (await browser.newContext()).newPage();
    await signInThroughProvider(page, "/review");
    await page.waitForURL((url) => url.pathname === "/review", POLL);
    expect((await whoAmI(page)).user?.email).toBe("grace@school.example");
    expect(await server.app.db.selectFrom("users").select("id").where("kind", "=", "account").execute()).toHaveLength(1);
  });

  it("makes a second person a learner, and starts no session for them once an administrator disables them", async () => {
    provider.signInAs({ sub: "sso-815", email: "alan@school.example", name: "Alan Turing" });
    const page = await (await browser.newContext()).newPage();
    await signInThroughProvider(page, "/");
    await page.waitForURL((url) => url.pathname === "/", POLL);
    await expect.poll(async () => (await whoAmI(page)).user?.role, POLL).toBe("learner");
    await server.app.db.updateTable("users").set({ disabled: 1 }).where("email", "=", "alan@school.example").execute();
    const again = await (await browser.newContext()).newPage();
    await signInThroughProvider(again, "/");
    // The provider vouches for Alan, but Stepwise starts no session for a disabled account, and says why it may be.
    await again.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("failed") === "provider", POLL);
    await expect.poll(() => again.getByRole("alert").innerText(), POLL).toMatch(/the account is disabled/);
    expect((await whoAmI(again)).user).toBeNull();
  });
});
