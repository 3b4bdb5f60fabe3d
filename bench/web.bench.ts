// npm run bench:web — what a learner's browser downloads per page and how soon Python answers,
// on a first visit (fresh profile) and a second one (the same profile, browser restarted).
// Starts the real app on a free loopback port; needs `npm run build` first. Prints Markdown tables.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromiumProfile } from "../e2e/browser.js";
import {
  loadedFiles,
  waitForPythonReady,
  waitForNextVisitPrepared,
  type LoadedFile,
  type PythonReady,
} from "../e2e/page-load.js";
import { startE2eServer } from "../e2e/server.js";
import { SNAPSHOT_DB } from "../src/shared/python/browser-loading.js";
import { ms, quantile } from "./stats.js";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const PAGES = [
  { name: "roadmap", path: "/" },
  { name: "topic", path: "/topics/linear-algebra" },
  { name: "exercise", path: "/exercises/dot-product" },
  { name: "dataset", path: "/datasets/penguins" },
] as const;
/**
 * cold: a fresh profile; warm: the same profile after restarting the browser; the baseline
 * "warm, no snapshot" is a warm visit after deleting the Python snapshot, so it has the HTTP cache
 * only (as Stepwise had before the snapshot). It is measured on the pages that start Python.
 */
const VISITS = ["cold", "warm", "warm, no snapshot"] as const;
type Visit = (typeof VISITS)[number];
const STARTS_PYTHON = new Set<string>(["topic", "exercise"]);

interface Sample {
  readonly transferred: number;
  /** The app's own scripts, compressed size, whether or not they came from the cache. */
  readonly appJs: number;
  /** Pyodide and the grading harness, as transferred. */
  readonly python: number;
  readonly requests: number;
  readonly pythonReady: PythonReady | null;
  /** Milliseconds from navigation to the first Run's result (exercise page only). */
  readonly firstResultMs: number | null;
}

const isPython = (file: LoadedFile) => file.path.startsWith("/pyodide/") || file.path.startsWith("/harness/");
const isAppScript = (file: LoadedFile) => file.from === "page" && /^\/assets\/.*\.js$/.test(file.path);
const sum = (files: readonly LoadedFile[], size: (file: LoadedFile) => number) =>
  files.reduce((total, file) => total + size(file), 0);

/** Opens the page as a learner would and waits until it is settled: network idle, and Python ready where it loads. */
async function visit(page: Page, url: string, startsPython: boolean, runTests: boolean): Promise<Sample> {
  // A busy machine takes a while to download and start Python; the times are what is measured.
  page.setDefaultTimeout(180_000);
  await page.goto(url, { waitUntil: "networkidle" });
  const ready = startsPython ? await waitForPythonReady(page, 180_000) : null;
  let firstResultMs: number | null = null;
  if (runTests) {
    await page.getByRole("button", { name: /^▶/ }).click();
    const handle = await page.waitForFunction(
      () => (document.querySelector(".test-results__message") ? performance.now() : false),
      null,
      { polling: 10 },
    );
    firstResultMs = Number(await handle.jsonValue());
  }
  await page.waitForLoadState("networkidle");
  // Measured already; waiting only keeps the next visit from finding no snapshot, or Pyodide's
  // modules not compiled, because the browser was closed before this one had finished with them.
  if (ready && !ready.fromSnapshot) await waitForNextVisitPrepared(page, 180_000);
  const files = await loadedFiles(page);
  return {
    transferred: sum(files, (file) => file.transferSize),
    appJs: sum(files.filter(isAppScript), (file) => file.encodedBodySize),
    python: sum(files.filter(isPython), (file) => file.transferSize),
    requests: files.length,
    pythonReady: ready,
    firstResultMs,
  };
}

/** Deletes the browser's Python snapshot from a page that does not start Python. */
async function forgetSnapshot(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error("the snapshot database was not deleted"));
      }),
    SNAPSHOT_DB.name,
  );
}

const server = await startE2eServer({ config: { logLevel: "error" } });
const samples = new Map<string, Sample[]>();
try {
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    for (const { name, path } of PAGES) {
      const profile = mkdtempSync(join(tmpdir(), "stepwise-bench-profile-"));
      try {
        for (const kind of VISITS.filter((visit) => visit !== "warm, no snapshot" || STARTS_PYTHON.has(name))) {
          const context = await launchChromiumProfile(profile, { viewport: { width: 1280, height: 900 } });
          try {
            const page = context.pages()[0] ?? (await context.newPage());
            if (kind === "warm, no snapshot") await forgetSnapshot(page, server.url("/faq"));
            const sample = await visit(page, server.url(path), STARTS_PYTHON.has(name), name === "exercise");
            const key = `${name} ${kind}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
          } finally {
            await context.close();
          }
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await server.stop();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: readonly number[]) => quantile(values, 0.5);
const medianOf = (list: readonly Sample[], pick: (sample: Sample) => number | null | undefined): string => {
  const values = list.map(pick).filter((value): value is number => typeof value === "number");
  return values.length === 0 ? "–" : ms(median(values));
};

const chromium = spawnSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}, ${chromium}`);
console.log(`Medians of ${REPEATS} runs; "warm" is the same profile after restarting the browser.\n`);
console.log("| page | visit | transferred KB | app JS KB (compressed) | Python KB transferred | requests |");
console.log("|---|---|---|---|---|---|");
for (const { name } of PAGES) {
  for (const kind of VISITS satisfies readonly Visit[]) {
    if (kind === "warm, no snapshot") continue; // the same files as warm
    const list = samples.get(`${name} ${kind}`) ?? [];
    const row = [
      name,
      kind,
      kb(median(list.map((s) => s.transferred))),
      kb(median(list.map((s) => s.appJs))),
      kb(median(list.map((s) => s.python))),
      String(median(list.map((s) => s.requests))),
    ];
    console.log(`| ${row.join(" | ")} |`);
  }
}
console.log(
  "\n| page | visit | Python ready ms (from navigation) | Python start ms (worker → ready) | from snapshot | first result ms |",
);
console.log("|---|---|---|---|---|---|");
for (const { name } of PAGES.filter((page) => page.name === "topic" || page.name === "exercise")) {
  for (const kind of VISITS) {
    const list = samples.get(`${name} ${kind}`) ?? [];
    const snapshots = list.filter((s) => s.pythonReady?.fromSnapshot).length;
    console.log(
      `| ${name} | ${kind} | ${medianOf(list, (s) => s.pythonReady?.atMs)} | ${medianOf(list, (s) => s.pythonReady?.workerMs)} | ${snapshots}/${list.length} | ${medianOf(list, (s) => s.firstResultMs)} |`,
    );
  }
}
