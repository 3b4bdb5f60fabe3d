import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";

describe("serving the web app", () => {
  let server: TestServer;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), "stepwise-web-"));
    // Over the 1 KB below which responses are not worth compressing.
    writeFileSync(
      join(webDir, "index.html"),
      `<!doctype html><title>Stepwise test shell</title>${"<!-- padding -->".repeat(100)}`,
    );
    server = await startTestServer("sqlite", { webDir });
  });
  afterAll(async () => {
    await server.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    "/",
    "/progress",
    "/review",
    "/faq",
    "/stages/python",
    "/topics/docker",
    "/exercises/dot-product",
    "/datasets",
    "/datasets/sp500",
  ])("serves the app at %s with 200", async (url) => {
    const response = await server.app.inject({ method: "GET", url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Stepwise test shell");
  });

  it.each([
    "/no-such-page",
    "/topics/no-such-topic",
    "/stages/no-such-stage",
    "/exercises/no-such-exercise",
    "/datasets/iris",
    "/topics/docker/extra",
  ])("serves the app's 404 page at %s with status 404", async (url) => {
    const response = await server.app.inject({ method: "GET", url });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.body).toContain("Stepwise test shell");
  });

  it("sends index.html compressed at every page URL, the app's 404 pages included", async () => {
    for (const url of ["/", "/exercises/dot-product", "/no-such-page"]) {
      const response = await server.app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip" } });
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.rawPayload).toString("utf8")).toContain("Stepwise test shell");
    }
  });

  it("answers unknown API routes and other methods with a JSON 404 that says what to do, not with the app", async () => {
    const api = await server.app.inject({ method: "GET", url: "/api/no-such-route" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ message: expect.stringMatching(/no API route GET \/api\/no-such-route.*\/api\/docs/) });
    const post = await server.app.inject({ method: "POST", url: "/progress", payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json()).toMatchObject({ message: "Nothing answers POST /progress." });
  });

  it("says how to build the app when it has not been built", async () => {
    const unbuilt = await startTestServer("sqlite", { webDir: join(webDir, "missing") });
    try {
      const response = await unbuilt.app.inject({ method: "GET", url: "/" });
      expect(response.statusCode).toBe(503);
      expect(response.body).toMatch(/npm run build/);
    } finally {
      await unbuilt.destroy();
    }
  });
});
