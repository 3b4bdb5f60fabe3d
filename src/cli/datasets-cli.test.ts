import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../core/project-root.js";
import { startArchiveServer, type ArchiveServer } from "../core/test-support/archive-server.js";
import { FIXTURE_REVIEWS, imdbFixture } from "../core/test-support/imdb-fixture.js";

const BIN = join(PROJECT_ROOT, "bin/stepwise.mjs");
const REAL_SHA256 = "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe";
const { archive, sha256 } = await imdbFixture();

/** Runs the CLI without blocking this process, which serves the archive the CLI downloads. */
function stepwise(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case starts the CLI (tsx); on a loaded two-core machine that takes seconds.
describe("stepwise datasets", { timeout: 90_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "stepwise-datasets-cli-"));
  let server: ArchiveServer;
  beforeAll(async () => {
    server = await startArchiveServer({ "/mirror/aclImdb_v1.tar.gz": archive });
  });
  afterAll(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("lists the catalog as JSON, with imdb-reviews to download and the others shipped", async () => {
    const { code, stdout } = await stepwise(["datasets", "list", "--json", "--data-dir", join(work, "empty")]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; origin: string; bytes: number | null; status: string }[];
    expect(rows.find((row) => row.id === "imdb-reviews")).toMatchObject({
      origin: "download",
      bytes: 84_125_825,
      status: "absent",
    });
    expect(rows.find((row) => row.id === "penguins")).toMatchObject({ origin: "package", status: "shipped" });
  });

  it("downloads through the mirror with a progress line and converts; a second run fetches nothing", async () => {
    // A copy of the content whose catalog entry carries the fixture's checksum and size.
    const content = join(work, "content");
    cpSync(join(PROJECT_ROOT, "content"), content, { recursive: true });
    const yamlPath = join(content, "datasets", "imdb-reviews.yaml");
    const yaml = readFileSync(yamlPath, "utf8");
    expect(yaml).toContain(REAL_SHA256);
    writeFileSync(yamlPath, yaml.replace(REAL_SHA256, sha256).replace("bytes: 84125825", `bytes: ${archive.length}`));
    const dataDir = join(work, "data");
    const env = { STEPWISE_CONTENT_DIR: content, STEPWISE_DATASET_MIRROR: server.url("/mirror/") };

    const { code, stdout, stderr } = await stepwise(["datasets", "download", "imdb-reviews", "--data-dir", dataDir], env);
    expect(stderr).toMatch(/Downloading imdb-reviews \(MB\): [\d.]+\/0\.3 \(100%\)/);
    expect(code).toBe(0);
    const csv = join(dataDir, "datasets", "imdb-reviews", "imdb-reviews.csv");
    expect(stdout).toContain(csv);
    expect(readFileSync(csv, "utf8").trim().split("\r\n")).toHaveLength(FIXTURE_REVIEWS.length + 2); // header, and one review holds a CRLF
    expect(server.requests.map((seen) => seen.path)).toEqual(["/mirror/aclImdb_v1.tar.gz"]);

    const again = await stepwise(["datasets", "download", "imdb-reviews", "--data-dir", dataDir, "--json"], env);
    expect(JSON.parse(again.stdout)).toEqual({ id: "imdb-reviews", status: "ready", csv });
    expect(server.requests).toHaveLength(1);
  });

  it("fails with exit code 1 and advice when the archive cannot be fetched", async () => {
    const dataDir = join(work, "offline");
    mkdirSync(dataDir);
    const mirror = server.url("/nothing-here/");
    const { code, stderr } = await stepwise(["datasets", "download", "imdb-reviews", "--data-dir", dataDir], {
      STEPWISE_DATASET_MIRROR: mirror,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`Could not download ${mirror}aclImdb_v1.tar.gz: the server answered 404`);
    expect(stderr).toContain("STEPWISE_DATASET_MIRROR");
    expect(stderr).toContain(join(dataDir, "datasets", "imdb-reviews", "aclImdb_v1.tar.gz"));
  });

  it.each([
    [["datasets", "download"], /Which dataset\?/],
    [["datasets", "download", "penguins"], /ships with Stepwise/],
  ])("answers %j with a clear message and exit code 2", async (args, message) => {
    const { code, stderr } = await stepwise(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
