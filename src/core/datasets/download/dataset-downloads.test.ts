import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("fails a checksum mismatch with both digests, leaving no archive, part or CSV", async () => {
    const downloads = new DatasetDownloads({ dataDir });
    const wrong = "f".repeat(64);
    await expect(downloads.ensure(imdb(url(), wrong))).rejects.toThrow(`expected SHA-256 ${wrong}, got ${sha256}`);
    const state = downloads.state(imdb(url(), wrong));
    expect(state).toMatchObject({ status: "failed", message: expect.stringContaining(`got ${sha256}`) });
    const dir = join(dataDir, "datasets", "imdb-reviews");
    expect(readdirSync(dir)).toEqual([]);
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
