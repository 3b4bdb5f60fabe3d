import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromiumProfile } from "./browser.js";
import { TOPICS_STARTING_PYTHON_KEY } from "../src/shared/python/browser-loading.js";
import {
  countRequests,
  damageSnapshot,
  loadedFiles,
  recordScriptCompiles,
  waitForNextVisitPrepared,
  waitForPythonReady,
} from "./page-load.js";
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

  const nextVisitPrepared = (page: Page) => waitForNextVisitPrepared(page, 30_000);

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
    await nextVisitPrepared(page);
  });

  it("second visit, browser restarted: Pyodide comes from the HTTP cache, compiled already, Python from the snapshot, and the tests run", async () => {
    const page = await openBrowser();
    const wasm = countRequests(page, WASM);
    const compiles = await recordScriptCompiles(page);
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: true });
    // The first visit had Pyodide's 1.2 MB Emscripten module compiled for this one (prime-code-cache.ts).
    const emscripten = (await compiles.stop()).filter((compile) => compile.url.endsWith("/pyodide.asm.mjs"));
    expect(emscripten).toEqual([{ url: expect.any(String), consumedCacheBytes: expect.any(Number) }]);
    expect(emscripten[0]?.consumedCacheBytes).toBeGreaterThan(500_000);
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
    expect(await damageSnapshot(page)).toBeGreaterThan(1_000_000);
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: false });
    await runStarter(page);
    await nextVisitPrepared(page);

    page = await openBrowser();
    await page.goto(server.url(EXERCISE));
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: true });
    await runStarter(page);
  });

  /** A browser whose pages get what `held` matches only once `release` is called. */
  async function openHolding(held: RegExp): Promise<{ page: Page; release: () => void }> {
    const page = await openBrowser();
    const gate: { open?: () => void } = {};
    const opened = new Promise<void>((resolve) => (gate.open = resolve));
    await page.route(held, async (route) => {
      await opened;
      await route.continue();
    });
    return { page, release: () => gate.open?.() };
  }

  const openWithoutTheApp = () => openHolding(/\/assets\/index-[^/]+\.js$/);

  it("an exercise page starts Python before the app's own code has arrived", async () => {
    const { page, release } = await openWithoutTheApp();
    await page.goto(server.url(EXERCISE), { waitUntil: "commit" });
    // Only the boot script can have started it: the app's entry has not arrived.
    await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBe(1);
    release();
    await waitForPythonReady(page);
  });

  it("a topic page asks for its topic and who is signed in before the app has arrived, starts Python from the answers, and the app asks for neither again", async () => {
    const { page, release } = await openWithoutTheApp();
    const topicRequests = countRequests(page, "/api/topics/linear-algebra");
    const meRequests = countRequests(page, "/api/me");
    await page.goto(server.url("/topics/linear-algebra"), { waitUntil: "commit" });
    await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBe(1);
    release();
    await expect.poll(() => page.getByRole("region", { name: "Lesson" }).isVisible(), { timeout: 30_000 }).toBe(true);
    await page.waitForLoadState("networkidle");
    expect({ topic: topicRequests.count(), me: meRequests.count() }).toEqual({ topic: 1, me: 1 });
  });

  it("a topic that started Python the last time it was opened starts it again before the topic has answered", async () => {
    // The test before opened this topic, and Python started.
    const { page, release } = await openHolding(/\/api\/topics\/linear-algebra$/);
    await page.goto(server.url("/topics/linear-algebra"), { waitUntil: "commit" });
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(1);
    release();
    expect(await waitForPythonReady(page)).toMatchObject({ fromSnapshot: true });
  });

  it("a topic remembered as starting Python that no longer does stops the worker it started, and is forgotten", async () => {
    const topic = "ai-engineer-role"; // a topic without exercises, as if they had been taken out since
    let page = await openBrowser();
    await page.goto(server.url("/faq"));
    await page.evaluate(({ key, id }) => localStorage.setItem(key, JSON.stringify([id])), {
      key: TOPICS_STARTING_PYTHON_KEY,
      id: topic,
    });
    const held = await openHolding(new RegExp(`/api/topics/${topic}$`));
    page = held.page;
    await page.goto(server.url(`/topics/${topic}`), { waitUntil: "commit" });
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(1);
    held.release();
    await expect.poll(() => page.getByRole("region", { name: "Lesson" }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOPICS_STARTING_PYTHON_KEY)).toBe("[]");
  });
});
