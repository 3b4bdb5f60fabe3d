import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";

describe("compressed and cached responses", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  }, 60_000);
  afterAll(() => server.destroy());

  const get = (url: string, encoding: string) =>
    server.app.inject({ method: "GET", url, headers: { "accept-encoding": encoding } });

  it("sends the app's scripts brotli-compressed and cached for a year, styles gzip-compressed, and index.html revalidated", async () => {
    const assets = join(server.app.config.webDir, "assets");
    if (!existsSync(assets)) throw new Error("the web app is not built: run `npm run build` first (npm test does)");
    const script = readdirSync(assets).find((name) => name.startsWith("index-") && name.endsWith(".js"));
    const plain = await get(`/assets/${script}`, "identity");
    const compressed = await get(`/assets/${script}`, "br, gzip");
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(compressed.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    // The copy the build compressed at the highest quality, not one made for this request.
    expect(compressed.rawPayload.equals(readFileSync(join(assets, `${script}.br`)))).toBe(true);

    const style = readdirSync(assets).find((name) => name.startsWith("index-") && name.endsWith(".css"));
    const css = await get(`/assets/${style}`, "gzip");
    expect(css.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(css.rawPayload).toString("utf8")).toContain("--color-surface");

    // index.html names the hashed files, so it is checked again on every visit.
    const page = await get("/", "gzip");
    expect(page.headers["cache-control"]).toBe("no-cache");
  });

  it("compresses large API answers, leaves small ones and clients that ask for nothing alone", async () => {
    const roadmap = await get("/api/roadmap", "gzip");
    expect(roadmap.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(roadmap.rawPayload).toString("utf8"))).toHaveProperty("stages");
    expect((await get("/api/health", "br, gzip")).headers["content-encoding"]).toBeUndefined();
    expect((await get("/api/roadmap", "identity")).headers["content-encoding"]).toBeUndefined();
  });
});
