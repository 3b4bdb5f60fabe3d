import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";

describe("serving the web app", () => {
  let server: TestServer;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), "stepwise-web-"));
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Stepwise test shell</title>");
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
