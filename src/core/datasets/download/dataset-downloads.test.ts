import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseCsv } from "../../../shared/csv/parse-csv.js";
import { startArchiveServer, type ArchiveServer } from "../../test-support/archive-server.js";
import { FIXTURE_REVIEWS, imdbFixture } from "../../test-support/imdb-fixture.js";
import { IssueLog, readYamlFile } from "../../content/read-content-file.js";
import { DatasetFileSchema } from "../../../shared/content/index.js";
import { PROJECT_ROOT } from "../../project-root.js";
import { readDatasetTable } from "../read-table.js";
import { DatasetDownloads, type DownloadDataset, type DownloadState } from "./dataset-downloads.js";
import { MIRROR_SETTING } from "./download-file.js";
import { LOCK_FILE } from "./download-lock.js";
import { STATE_FILE } from "./download-state-file.js";
import type { ChildDownload } from "../../test-support/download-in-child.js";

const REAL_URL = "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz";
const { archive, sha256 } = await imdbFixture();

const imdb = (url: string, checksum = sha256): DownloadDataset => ({
  id: "imdb-reviews",
  origin: { kind: "download", url, sha256: checksum, bytes: archive.length, archive: "acl-imdb" },
});

describe("on-demand datasets: download, convert, cache", () => {
  let server: ArchiveServer;
  let dataDir: string;
  beforeAll(async () => {
    server = await startArchiveServer({ "/data/aclImdb_v1.tar.gz": archive, "/mirror/aclImdb_v1.tar.gz": archive });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "stepwise-datasets-"));
    server.requests.length = 0;
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const url = () => server.url("/data/aclImdb_v1.tar.gz");

  it("downloads the archive and writes a CSV whose rows are exactly the archive's labelled reviews", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    const dataset = imdb(url());
    const states: DownloadState[] = [];
    const csv = await downloads.ensure(dataset, (state) => states.push(state));
    expect(csv).toBe(join(dataDir, "datasets", "imdb-reviews", "imdb-reviews.csv"));

    const [header, ...rows] = parseCsv(readFileSync(csv, "utf8")).rows;
    expect(header).toEqual(["id", "split", "rating", "text", "label"]);
    const expected = FIXTURE_REVIEWS.map(({ row }) => [row.id, row.split, String(row.rating), row.text, row.label]);
    expect(rows).toEqual(expected); // in archive order; unsup, README, links and other files are left out
    expect(readdirSync(join(dataDir, "datasets", "imdb-reviews")).sort()).toEqual(["aclImdb_v1.tar.gz", "imdb-reviews.csv"]);

    // The states a client polls: downloading (rising to the total), converting, ready.
    const downloading = states.filter((state) => state.status === "downloading");
    const received = downloading.map((state) => state.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(downloading.at(-1)).toEqual({ status: "downloading", receivedBytes: archive.length, totalBytes: archive.length });
    expect(states.slice(-2)).toEqual([{ status: "converting" }, { status: "ready" }]);
    expect(downloads.state(dataset)).toEqual({ status: "ready" });
    expect(downloads.readyCsvPath(dataset)).toBe(csv);
  });

  it("produces a table the catalog's imdb-reviews entry reads: typed ratings, two splits, two labels", async () => {
    const log = new IssueLog((path) => path);
    const catalog = readYamlFile(DatasetFileSchema, join(PROJECT_ROOT, "content/datasets/imdb-reviews.yaml"), log);
    expect(log.issues).toEqual([]);
    expect(catalog?.origin).toMatchObject({ kind: "download", url: REAL_URL, archive: "acl-imdb" });
    if (!catalog) return;
    const csv = await new DatasetDownloads({ dataDir }).ensure(imdb(url()));
    const table = readDatasetTable(catalog, csv);
    expect(table.columns).toEqual(["id", "split", "rating", "text", "label"]);
    expect(table.rows.map((row) => row[2])).toEqual(FIXTURE_REVIEWS.map(({ row }) => row.rating));
    expect(new Set(table.rows.map((row) => row[1]))).toEqual(new Set(["train", "test"]));
  });

  it("serves a converted dataset from disk with no request at all, also after a restart", async () => {
    await new DatasetDownloads({ dataDir }).ensure(imdb(url()));
    expect(server.requests).toHaveLength(1);
    const restarted = new DatasetDownloads({ dataDir });
    expect(restarted.state(imdb(url()))).toEqual({ status: "ready" });
    const states: DownloadState[] = [];
    await restarted.ensure(imdb(url()), (state) => states.push(state));
    expect(states).toEqual([{ status: "ready" }]);
    expect(restarted.start(imdb(url()))).toEqual({ status: "ready" });
    expect(server.requests).toHaveLength(1);
  });

  it("joins a running download instead of starting a second one", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    expect(downloads.state(imdb(url()))).toEqual({ status: "absent" });
    expect(downloads.start(imdb(url())).status).toBe("downloading");
    const [first, second] = await Promise.all([downloads.ensure(imdb(url())), downloads.ensure(imdb(url()))]);
    expect(first).toBe(second);
    expect(server.requests).toHaveLength(1);
  });

  it("fails a checksum mismatch with both digests, leaving no archive, part or CSV: only the published failure", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    const wrong = "f".repeat(64);
    await expect(downloads.ensure(imdb(url(), wrong))).rejects.toThrow(`expected SHA-256 ${wrong}, got ${sha256}`);
    const state = downloads.state(imdb(url(), wrong));
    expect(state).toMatchObject({ status: "failed", message: expect.stringContaining(`got ${sha256}`) });
    const dir = join(dataDir, "datasets", "imdb-reviews");
    expect(readdirSync(dir)).toEqual([STATE_FILE]);
    expect(downloads.readyCsvPath(imdb(url(), wrong))).toBeNull();
  });

  it("fetches <mirror>/<file name> when the mirror setting is given", async () => {
    const downloads = new DatasetDownloads({ dataDir, mirror: server.url("/mirror/") });
    expect(downloads.paths(imdb(REAL_URL)).url).toBe(server.url("/mirror/aclImdb_v1.tar.gz"));
    await downloads.ensure(imdb(REAL_URL));
    expect(server.requests.map((seen) => seen.path)).toEqual(["/mirror/aclImdb_v1.tar.gz"]);
    expect(new DatasetDownloads({ dataDir, mirror: server.url("/mirror") }).paths(imdb(REAL_URL)).url).toBe(
      server.url("/mirror/aclImdb_v1.tar.gz"),
    );
  });

  it("says, for an unreachable host, which URL failed, the mirror setting and the exact path to put the file at", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    const unreachable = imdb("http://stepwise-test.invalid/~amaas/data/sentiment/aclImdb_v1.tar.gz");
    await expect(downloads.ensure(unreachable)).rejects.toThrow(/cannot be found/);
    const state = downloads.state(unreachable);
    if (state.status !== "failed") throw new Error(`expected a failure, got ${state.status}`);
    expect(state.message).toContain("http://stepwise-test.invalid/~amaas/data/sentiment/aclImdb_v1.tar.gz");
    expect(state.message).toContain(MIRROR_SETTING);
    expect(state.message).toContain(join(dataDir, "datasets", "imdb-reviews", "aclImdb_v1.tar.gz"));
    // A new start forgets the old failure.
    expect(downloads.start(unreachable).status).toBe("downloading");
    await expect(downloads.ensure(unreachable)).rejects.toThrow();
  });

  it("stops a running download on close, keeping the part to resume later", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    server.stallNextAfter(4096);
    const states: DownloadState[] = [];
    const running = downloads.ensure(imdb(url()), (state) => states.push(state));
    await vi.waitFor(() => expect(states.some((state) => state.status === "downloading" && state.receivedBytes > 0)).toBe(true));
    const started = Date.now();
    await downloads.close();
    expect(Date.now() - started).toBeLessThan(5000); // not the 30 s idle timeout
    await expect(running).rejects.toThrow(/cancelled/);
    expect(readdirSync(join(dataDir, "datasets", "imdb-reviews"))).toEqual(["aclImdb_v1.tar.gz.part"]);
  });

  it("uses an archive put in place by hand once its checksum matches, with no network", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    const offline = imdb("http://stepwise-test.invalid/aclImdb_v1.tar.gz");
    const dir = join(dataDir, "datasets", "imdb-reviews");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "aclImdb_v1.tar.gz"), archive);
    const csv = await downloads.ensure(offline);
    expect(parseCsv(readFileSync(csv, "utf8")).rows).toHaveLength(FIXTURE_REVIEWS.length + 1);
  });

  it("reports an archive that is not the right layout as a failure to convert, without a half-written CSV", async () => {
    const junk = archive.subarray(0, 2000); // a gzip stream cut short
    const junkServer = await startArchiveServer({ "/aclImdb_v1.tar.gz": junk });
    try {
      const { createHash } = await import("node:crypto");
      const dataset: DownloadDataset = {
        id: "imdb-reviews",
        origin: {
          kind: "download",
          url: junkServer.url("/aclImdb_v1.tar.gz"),
          sha256: createHash("sha256").update(junk).digest("hex"),
          bytes: junk.length,
          archive: "acl-imdb",
        },
      };
      const downloads = new DatasetDownloads({ dataDir });
      await expect(downloads.ensure(dataset)).rejects.toThrow(/Could not turn .*aclImdb_v1\.tar\.gz into a table/);
      expect(existsSync(join(dataDir, "datasets", "imdb-reviews", "imdb-reviews.csv"))).toBe(false);
      expect(existsSync(join(dataDir, "datasets", "imdb-reviews", "imdb-reviews.csv.tmp"))).toBe(false);
    } finally {
      await junkServer.close();
    }
  });
});

describe("several processes sharing one data folder download each dataset once", () => {
  // Shortened so a takeover takes a second, not 15 s; refreshes stay well inside the stale limit.
  const timings = { lockRefreshMs: 100, lockStaleMs: 1500, followPollMs: 25 };
  const path = "/data/aclImdb_v1.tar.gz";
  let server: ArchiveServer;
  let dataDir: string;
  let instances: DatasetDownloads[];
  beforeAll(async () => {
    server = await startArchiveServer({ [path]: archive });
    // About 0.3 s per download, so a second instance finds the first one at work.
    server.throttle(16 * 1024, 20);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "stepwise-shared-datasets-"));
    server.requests.length = 0;
    instances = [];
  });
  afterEach(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A stand-in for one app instance (or the CLI) on the shared data folder. */
  const instance = () => {
    const downloads = new DatasetDownloads({ dataDir, ...timings });
    instances.push(downloads);
    return downloads;
  };
  const dataset = (checksum = sha256) => imdb(server.url(path), checksum);
  const dir = () => join(dataDir, "datasets", "imdb-reviews");
  const expectedRows = () => FIXTURE_REVIEWS.map(({ row }) => [row.id, row.split, String(row.rating), row.text, row.label]);
  const csvRows = (csv: string) => parseCsv(readFileSync(csv, "utf8")).rows.slice(1);
  const downloadingAt = (receivedBytes: number): DownloadState => ({
    status: "downloading",
    receivedBytes,
    totalBytes: archive.length,
  });

  it("fetches the archive once when two instances start together, and both end with the same table", async () => {
    const [a, b] = [instance(), instance()];
    const heardByB: DownloadState[] = [];
    const [fromA, fromB] = await Promise.all([a.ensure(dataset()), b.ensure(dataset(), (state) => heardByB.push(state))]);
    expect(server.requests).toHaveLength(1);
    expect(fromB).toBe(fromA);
    expect(csvRows(fromA)).toEqual(expectedRows());
    expect(heardByB.at(-1)).toEqual({ status: "ready" });
    expect([a.state(dataset()), b.state(dataset())]).toEqual([{ status: "ready" }, { status: "ready" }]);
    // The lock and the published state go with the job.
    expect(readdirSync(dir()).sort()).toEqual(["aclImdb_v1.tar.gz", "imdb-reviews.csv"]);
  });

  it("reports, from another instance, the bytes the downloading one has received, not absent", async () => {
    const [a, b] = [instance(), instance()];
    server.stallNextAfter(4096);
    const running = a.ensure(dataset());
    await vi.waitFor(() => expect(b.state(dataset())).toEqual(downloadingAt(4096)), { timeout: 5000 });
    expect(a.state(dataset())).toEqual(downloadingAt(4096));
    // A third instance, started now, says the same.
    expect(instance().state(dataset())).toEqual(downloadingAt(4096));
    await a.close();
    await expect(running).rejects.toThrow(/cancelled/);
    // Stopped by a shutdown is not a failure to report: the next start resumes.
    expect(b.state(dataset())).toEqual({ status: "absent" });
  });

  it("gives every instance the same failure, also one that only looks, until a new start clears it", async () => {
    const [a, b, onlyLooks] = [instance(), instance(), instance()];
    const wrong = dataset("f".repeat(64));
    const results = await Promise.allSettled([a.ensure(wrong), b.ensure(wrong)]);
    expect(server.requests).toHaveLength(1);
    const messages = results.map((result) => (result.status === "rejected" ? (result.reason as Error).message : "resolved"));
    expect(messages[0]).toContain(`expected SHA-256 ${"f".repeat(64)}, got ${sha256}`);
    expect(messages[1]).toBe(messages[0]);
    const failed = { status: "failed", message: messages[0] };
    expect([a.state(wrong), b.state(wrong), onlyLooks.state(wrong)]).toEqual([failed, failed, failed]);

    expect(a.start(dataset()).status).toBe("downloading");
    await vi.waitFor(() => expect(onlyLooks.state(dataset()).status).toBe("downloading"), { timeout: 5000 });
    await a.ensure(dataset());
    expect(onlyLooks.state(dataset())).toEqual({ status: "ready" });
  });

  it("takes over a stale lock left by a dead process, one contender only, resuming its part file", async () => {
    mkdirSync(dir(), { recursive: true });
    const lock = join(dir(), LOCK_FILE);
    writeFileSync(lock, JSON.stringify({ token: "dead", pid: 999_999, hostname: "gone", startedAt: "2020-01-01T00:00:00Z" }));
    const dead = { owner: "dead", state: downloadingAt(4096) };
    writeFileSync(join(dir(), STATE_FILE), JSON.stringify(dead));
    writeFileSync(join(dir(), "aclImdb_v1.tar.gz.part"), archive.subarray(0, 4096));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);

    const [a, b] = [instance(), instance()];
    // A dead holder's word is not believed.
    expect(a.state(dataset())).toEqual({ status: "absent" });
    const [fromA, fromB] = await Promise.all([a.ensure(dataset()), b.ensure(dataset())]);
    expect(fromB).toBe(fromA);
    expect(server.requests).toEqual([{ path, range: "bytes=4096-" }]);
    expect(csvRows(fromA)).toEqual(expectedRows());
    // Neither the dead lock nor the name it was moved aside to is left behind.
    expect(readdirSync(dir()).sort()).toEqual(["aclImdb_v1.tar.gz", "imdb-reviews.csv"]);
  });

  it("lets a following instance finish the download when the downloading one shuts down", async () => {
    const [a, b] = [instance(), instance()];
    server.stallNextAfter(4096);
    const fromA = a.ensure(dataset());
    await vi.waitFor(() => expect(a.state(dataset())).toEqual(downloadingAt(4096)), { timeout: 5000 });
    const heardByB: DownloadState[] = [];
    const fromB = b.ensure(dataset(), (state) => heardByB.push(state));
    await vi.waitFor(() => expect(heardByB).toContainEqual(downloadingAt(4096)), { timeout: 5000 });

    await a.close();
    await expect(fromA).rejects.toThrow(/cancelled/);
    expect(csvRows(await fromB)).toEqual(expectedRows());
    expect(server.requests.map((seen) => seen.range)).toEqual([undefined, "bytes=4096-"]);
    expect(heardByB.at(-1)).toEqual({ status: "ready" });
  });

  it("takes over from another OS process killed mid-download", { timeout: 60_000 }, async () => {
    server.stallNextAfter(4096);
    const job: ChildDownload = { options: { dataDir, ...timings }, dataset: dataset() };
    const script = join(PROJECT_ROOT, "src/core/test-support/download-in-child.ts");
    const child = spawn(process.execPath, ["--import", "tsx", script, JSON.stringify(job)], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    try {
      const lines = createInterface({ input: child.stdout });
      // The child says it holds 4096 bytes (its connection then stalls): it owns the download.
      for await (const line of lines) {
        if (JSON.stringify(JSON.parse(line)) === JSON.stringify(downloadingAt(4096))) break;
      }
      const here = instance();
      await vi.waitFor(() => expect(here.state(dataset())).toEqual(downloadingAt(4096)), { timeout: 5000 });
      const following = here.ensure(dataset());
      child.kill("SIGKILL"); // no chance to release its lock
      expect(await exited).toBe("SIGKILL");
      expect(existsSync(join(dir(), LOCK_FILE))).toBe(true);

      expect(csvRows(await following)).toEqual(expectedRows());
      expect(server.requests.map((seen) => seen.range)).toEqual([undefined, "bytes=4096-"]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
