import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";
import type { BrowserPythonSettings } from "../../shared/api/index.js";
import { BROWSER_PYTHON_SETTINGS_PATH } from "../../shared/python/browser-loading.js";
import { harnessFiles } from "../../runner/harness-files.js";
import { bundleHarness } from "./harness-bundle.js";
import { buildPyodideAssets, PYODIDE_PACKAGE_DIR } from "../../core/web-assets/built-pyodide.js";
import { PYODIDE_VERSION } from "../../core/config.js";
import { PYODIDE_PATH } from "./python-assets.js";

const pyodideDir = PYODIDE_PACKAGE_DIR;

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

  it("sends the whole grading harness as one file cached for good, at a URL that names its content", async () => {
    const settings = (
      await server.app.inject({ method: "GET", url: BROWSER_PYTHON_SETTINGS_PATH })
    ).json<BrowserPythonSettings>();
    expect(settings).toMatchObject({
      pyodideUrl: PYODIDE_PATH,
      harnessUrl: expect.stringMatching(/^\/harness\/[0-9a-f]{16}\.json$/),
    });
    const response = await server.app.inject({ method: "GET", url: settings.harnessUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const { files } = response.json<{ files: Record<string, string> }>();
    expect(files["host.py"]).toBe(harnessFiles()["stepwise/host.py"]);
    expect(Object.keys(files)).toHaveLength(Object.keys(harnessFiles()).length);

    const stale = await server.app.inject({ method: "GET", url: "/harness/0000000000000000.json" });
    expect(stale.statusCode).toBe(404);
    expect(stale.json<{ message: string }>().message).toContain(settings.harnessUrl);
  });

  it("gives the harness a new URL when any file changes or is added, and the same one whatever order they are read in", () => {
    const files = { "stepwise/host.py": "def run_json(job, seed, token): ...", "stepwise/harness.py": "import unittest" };
    const { version } = bundleHarness(files);
    expect(bundleHarness(Object.fromEntries(Object.entries(files).reverse())).version).toBe(version);
    const others = [
      bundleHarness({ ...files, "stepwise/harness.py": "import unittest  # changed" }),
      bundleHarness({ ...files, "stepwise/extra.py": "" }),
    ];
    expect(new Set([version, ...others.map((other) => other.version)]).size).toBe(3);
  });
});

describe("where Pyodide's files come from", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), "stepwise-pyodide-assets-"));
    roots.push(root);
    return root;
  };
  const getLock = (server: TestServer) =>
    server.app.inject({ method: "GET", url: `${PYODIDE_PATH}pyodide-lock.json`, headers: { "accept-encoding": "br" } });

  it("sends the build's brotli copy as it is, with the file's uncompressed size", async () => {
    const source = folder();
    const lock = Buffer.from(
      JSON.stringify({
        packages: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`package-${i}`, { version: "1.0" }])),
      }),
    );
    writeFileSync(join(source, "pyodide-lock.json"), lock);
    const builtPyodideDir = join(folder(), PYODIDE_VERSION);
    await buildPyodideAssets(source, builtPyodideDir);
    const server = await startTestServer("sqlite", { builtPyodideDir });
    try {
      const response = await getLock(server);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(response.headers[UNCOMPRESSED_LENGTH_HEADER]).toBe(String(lock.length));
      expect(response.rawPayload.equals(readFileSync(join(builtPyodideDir, "pyodide-lock.json.br")))).toBe(true);
    } finally {
      await server.destroy();
    }
  });

  it("without a build, sends the npm package's files compressed per request", async () => {
    const server = await startTestServer("sqlite", { builtPyodideDir: join(folder(), "not-built") });
    try {
      const response = await getLock(server);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(response.rawPayload).equals(readFileSync(join(pyodideDir, "pyodide-lock.json")))).toBe(true);
    } finally {
      await server.destroy();
    }
  });
});
