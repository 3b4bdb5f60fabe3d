// npm run bench:web — what a learner's browser downloads per page and how soon Python answers,
// on a first visit (fresh profile) and a second one (the same profile, browser restarted).
// Starts the real app on a free loopback port; needs `npm run build` first. Prints Markdown tables.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromiumProfile } from "../e2e/browser.js";
import { loadedFiles, waitForPythonReady, type LoadedFile, type PythonReady } from "../e2e/page-load.js";
import { startE2eServer } from "../e2e/server.js";
import { ms, quantile } from "./stats.js";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const PAGES = [
  { name: "roadmap", path: "/" },
  { name: "topic", path: "/topics/linear-algebra" },
  { name: "exercise", path: "/exercises/dot-product" },
  { name: "dataset", path: "/datasets/penguins" },
] as const;
const VISITS = ["cold", "warm"] as const;
type Visit = (typeof VISITS)[number];

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
async function visit(page: Page, url: string, runTests: boolean): Promise<Sample> {
  await page.goto(url, { waitUntil: "networkidle" });
  const startsPython = page.workers().length > 0;
  const ready = startsPython ? await waitForPythonReady(page) : null;
  let firstResultMs: number | null = null;
  if (runTests) {
    await page.getByRole("button", { name: /^▶/ }).click();
    const handle = await page.waitForFunction(
      () => (document.querySelector(".test-results__message") ? performance.now() : false),
      null,
      { timeout: 60_000, polling: 10 },
    );
    firstResultMs = Number(await handle.jsonValue());
  }
  await page.waitForLoadState("networkidle");
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

const server = await startE2eServer({ config: { logLevel: "error" } });
const samples = new Map<string, Sample[]>();
try {
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    for (const { name, path } of PAGES) {
      const profile = mkdtempSync(join(tmpdir(), "stepwise-bench-profile-"));
      try {
        for (const kind of VISITS) {
          const context = await launchChromiumProfile(profile, { viewport: { width: 1280, height: 900 } });
          try {
            const page = context.pages()[0] ?? (await context.newPage());
            const sample = await visit(page, server.url(path), name === "exercise");
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
console.log("\n| page | visit | Python ready ms | from snapshot | first result ms |");
console.log("|---|---|---|---|---|");
for (const { name } of PAGES.filter((page) => page.name === "topic" || page.name === "exercise")) {
  for (const kind of VISITS) {
    const list = samples.get(`${name} ${kind}`) ?? [];
    const snapshots = list.filter((s) => s.pythonReady?.fromSnapshot).length;
    console.log(
      `| ${name} | ${kind} | ${medianOf(list, (s) => s.pythonReady?.atMs)} | ${snapshots}/${list.length} | ${medianOf(list, (s) => s.firstResultMs)} |`,
    );
  }
}
