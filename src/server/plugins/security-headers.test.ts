import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMultiUserServer, TEST_MULTI_USER } from "../test-support/accounts.js";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";

describe("security headers", () => {
  let local: TestServer;
  beforeAll(async () => {
    local = await startTestServer("sqlite");
  });
  afterAll(() => local.destroy());
  const get = (server: TestServer, url: string) => server.app.inject({ method: "GET", url, headers: { host: "localhost" } });

  it("send pages a strict policy and cross-origin isolation, and forbid framing", async () => {
    for (const url of ["/", "/learn/some-topic", "/api/docs"]) {
      const response = await get(local, url);
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.headers["content-security-policy"], url).toMatch(
        /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/,
      );
      expect(response.headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
      expect(response.headers["x-frame-options"], url).toBe("DENY");
      expect(response.headers["cross-origin-embedder-policy"], url).toBe("require-corp");
      expect(response.headers["cross-origin-opener-policy"], url).toBe("same-origin");
    }
  });

  it("send JSON answers and errors a policy that allows nothing, unsniffable, unframeable and same-origin only", async () => {
    for (const url of ["/api/health", "/api/no-such-route", "/v2/health/live"]) {
      const response = await get(local, url);
      expect(response.headers["content-type"], url).toMatch(/^application\/json/);
      expect(response.headers["content-security-policy"], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["x-frame-options"], url).toBe("DENY");
      expect(response.headers["cross-origin-resource-policy"], url).toBe("same-origin");
    }
  });

  it("allow the built page's inline theme script by its hash", async () => {
    // npm test builds the web app before the tests run.
    const page = await get(local, "/");
    expect(page.statusCode).toBe(200);
    const inline = /<script>([\s\S]*?)<\/script>/.exec(page.body)?.[1];
    expect(inline).toContain("theme");
    const hash = createHash("sha256")
      .update(inline ?? "")
      .digest("base64");
    expect(page.headers["content-security-policy"]).toContain(`'sha256-${hash}'`);
  });

  it("send HSTS only when Stepwise's public address is HTTPS", async () => {
    expect((await get(local, "/api/health")).headers["strict-transport-security"]).toBeUndefined();
    const plain = await startMultiUserServer("sqlite");
    try {
      expect((await get(plain, "/api/health")).headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await plain.destroy();
    }
    const secure = await startTestServer("sqlite", {
      mode: "multi",
      multiUser: {
        ...TEST_MULTI_USER,
        publicUrl: "https://stepwise.example.org",
      },
    });
    try {
      const response = await get(secure, "/api/health");
      expect(response.statusCode).toBe(200);
      expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      expect((await get(secure, "/")).headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await secure.destroy();
    }
  });
});
