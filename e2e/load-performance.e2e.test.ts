import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNAPSHOT_DB } from "../src/shared/python/browser-loading.js";
import { launchChromiumProfile } from "./browser.js";
import { countRequests, loadedFiles, waitForPythonReady } from "./page-load.js";
import { startE2eServer, type E2eServer } from "./server.js";

const EXERCISE = "/exercises/dot-product";
const WASM = "/pyodide.asm.wasm";
const STDLIB = "/python_stdlib.zip";
const YEAR_IMMUTABLE = "public, max-age=31536000, immutable";
const isPyodideFile = (path: string) => path.startsWith("/pyodide/");

/**
 * What makes Stepwise fast to load, asserted through what the browser observably did (never
 * through timings, which live in `npm run bench:web`). Each visit is a browser started on one
 * profile kept on disk, as a learner's is, so a second visit sees the first one's HTTP cache and
 * IndexedDB.
 */
describe("loading Stepwise fast: compressed, cached, and Python restored on a second visit", { timeout: 180_000 }, () => {
  let server: E2eServer;
  let profile: string;
  let context: BrowserContext | null = null;
  beforeAll(async () => {
    server = await startE2eServer();
    profile = mkdtempSync(join(tmpdir(), "stepwise-e2e-profile-"));
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Starts the browser afresh on the kept profile (closing the one before), as a later visit would. */
  async function openBrowser(): Promise<Page> {
    await context?.close();
    context = await launchChromiumProfile(profile, { viewport: { width: 1280, height: 900 } });
    return context.pages()[0] ?? context.newPage();
  }

  /** The first load saves its snapshot in the background; a visit closed too soon would lose it. */
  const snapshotSaved = (page: Page) =>
    expect
      .poll(() => page.evaluate(inspectSnapshot, { where: SNAPSHOT_DB, damage: false }), { timeout: 30_000 })
      .toBeGreaterThan(1_000_000);

  const runStarter = async (page: Page) => {
    await page.getByRole("button", { name: /^▶/ }).click();
    await expect.poll(() => page.locator(".test-results__message").innerText(), { timeout: 30_000 }).toMatch(/0 of \d+ passed/);
  };

  it("sends pages and scripts compressed, hashed scripts cached for a year, and the page itself revalidated", async () => {
    const page = await openBrowser();
    const responses: Response[] = [];
    page.on("response", (response) => responses.push(response));
    await page.goto(server.url("/"), { waitUntil: "networkidle" });
    const document = responses.find((response) => new URL(response.url()).pathname === "/");
    expect(document?.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
    expect(document?.headers()["cache-control"]).toBe("no-cache");
    const scripts = responses.filter((response) => /^\/assets\/.+\.js$/.test(new URL(response.url()).pathname));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
      expect(script.headers()["cache-control"]).toBe(YEAR_IMMUTABLE);
    }
  });

  it("first visit to an exercise: Pyodide's wasm and standard library are requested once each, and the tests run", async () => {
    const page = await openBrowser();
    const wasm = countRequests(page, WASM);
    const stdlib = countRequests(page, STDLIB);
    const wasmResponse = page.waitForResponse((response) => response.url().endsWith(WASM));
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: false });
    expect((await wasmResponse).headers()).toMatchObject({ "content-encoding": "br", "cache-control": YEAR_IMMUTABLE });
    await runStarter(page);
    expect({ wasm: wasm.count(), stdlib: stdlib.count() }).toEqual({ wasm: 1, stdlib: 1 });
    const pyodide = (await loadedFiles(page)).filter((file) => isPyodideFile(file.path));
    expect(pyodide.every((file) => file.transferSize > 0)).toBe(true);
    await snapshotSaved(page);
  });

  it("second visit, browser restarted: Pyodide comes from the HTTP cache, Python from the snapshot, and the tests run", async () => {
    const page = await openBrowser();
    const wasm = countRequests(page, WASM);
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: true });
    await runStarter(page);
    expect(wasm.count()).toBe(1);
    const pyodide = (await loadedFiles(page)).filter((file) => isPyodideFile(file.path));
    expect(pyodide.map((file) => file.path)).toEqual(expect.arrayContaining([expect.stringMatching(/pyodide\.asm\.wasm$/)]));
    // Nothing of Pyodide crossed the network: every file was answered by the HTTP cache.
    expect(pyodide.filter((file) => file.transferSize > 0)).toEqual([]);
  });

  it("a damaged snapshot is not used: Python loads from scratch, runs, and the next visit restores a good one", async () => {
    let page = await openBrowser();
    await page.goto(server.url("/"));
    expect(await page.evaluate(inspectSnapshot, { where: SNAPSHOT_DB, damage: true })).toBeGreaterThan(1_000_000);
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: false });
    await runStarter(page);
    await snapshotSaved(page);

    page = await openBrowser();
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: true });
    await runStarter(page);
  });
});

/**
 * Runs in the page, so it is self-contained: the stored snapshot's size in bytes as kept (0 when
 * there is none), after turning what it holds into noise (its key left as it is) when `damage` is set.
 */
async function inspectSnapshot({ where, damage }: { where: typeof SNAPSHOT_DB; damage: boolean }): Promise<number> {
  const opening = indexedDB.open(where.name);
  // Asked before the worker made the database: make it as idb-keyval would.
  opening.onupgradeneeded = () => opening.result.createObjectStore(where.store);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error("IndexedDB did not open"));
  });
  const settle = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB refused"));
    });
  try {
    const packed = (await settle(db.transaction(where.store).objectStore(where.store).get(where.entry))) as Blob | undefined;
    if (packed && damage) {
      // The header (20 bytes and 4 per page kept) stays, so the snapshot still unpacks and the
      // interpreter is handed memory that is not Python's; the checks after restoring must notice.
      const header = 20 + new DataView(await packed.slice(0, 20).arrayBuffer()).getUint32(16, true) * 4;
      const noise = new Uint8Array(packed.size - header).fill(7);
      const writing = db.transaction(where.store, "readwrite");
      writing.objectStore(where.store).put(new Blob([packed.slice(0, header), noise]), where.entry);
      // Committed before the test navigates away, which would abort a transaction still open.
      await new Promise<void>((resolve, reject) => {
        writing.oncomplete = () => resolve();
        writing.onabort = writing.onerror = () => reject(writing.error ?? new Error("the damage was not written"));
      });
    }
    return packed?.size ?? 0;
  } finally {
    db.close();
  }
}
