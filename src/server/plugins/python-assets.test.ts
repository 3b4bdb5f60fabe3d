import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";
import { HARNESS_PATH, PYODIDE_PATH } from "./python-assets.js";

const pyodideDir = dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));

describe("serving Python to the browser", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  }, 60_000);
  afterAll(() => server.destroy());

  it("sends Pyodide's wasm compressed, cached for a year, with its uncompressed size for the progress bar", async () => {
    const response = await server.app.inject({
      method: "GET",
      url: `${PYODIDE_PATH}pyodide.asm.wasm`,
      headers: { "accept-encoding": "br" },
    });
    const original = readFileSync(join(pyodideDir, "pyodide.asm.wasm"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers[UNCOMPRESSED_LENGTH_HEADER]).toBe(String(original.length));
    expect(brotliDecompressSync(response.rawPayload).equals(original)).toBe(true);
  });

  it.each(["python_stdlib.zip", "pyodide-lock.json", "pyodide.asm.mjs", "pyodide.mjs"])(
    "caches %s for a year: its URL names the Pyodide version",
    async (file) => {
      const response = await server.app.inject({ method: "GET", url: `${PYODIDE_PATH}${file}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    },
  );

  it("has the browser revalidate harness files, whose URL does not change with them, and answers 304 while unchanged", async () => {
    const first = await server.app.inject({ method: "GET", url: `${HARNESS_PATH}host.py` });
    expect(first.statusCode).toBe(200);
    expect(first.headers["cache-control"]).toBe("no-cache");
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await server.app.inject({
      method: "GET",
      url: `${HARNESS_PATH}host.py`,
      headers: { "if-none-match": String(etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});
