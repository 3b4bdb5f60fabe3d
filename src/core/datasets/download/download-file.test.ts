import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startArchiveServer, type ArchiveServer } from "../../test-support/archive-server.js";
import { imdbFixture } from "../../test-support/imdb-fixture.js";
import { downloadFile, MIRROR_SETTING, type DownloadRequest } from "./download-file.js";

const FILE = "/files/aclImdb_v1.tar.gz";
const { archive, sha256 } = await imdbFixture();

/** A port nothing listens on: opened, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("downloading an archive: resume, redirects, checksum, clear failures", () => {
  let server: ArchiveServer;
  let dir: string;
  let destination: string;
  beforeAll(async () => {
    server = await startArchiveServer({ [FILE]: archive });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stepwise-download-"));
    destination = join(dir, "aclImdb_v1.tar.gz");
    server.requests.length = 0;
    server.ignoreRanges = false;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const request = (overrides: Partial<DownloadRequest> = {}): DownloadRequest => ({
    url: server.url(FILE),
    destination,
    sha256,
    expectedBytes: archive.length,
    ...overrides,
  });

  it("downloads, verifies and renames, with progress rising steadily to the total", async () => {
    const progress: [number, number][] = [];
    const result = await downloadFile(request({ onProgress: (received, total) => progress.push([received, total]) }));
    expect(result).toEqual({ path: destination, downloaded: true });
    expect(readFileSync(destination).equals(archive)).toBe(true);
    expect(existsSync(`${destination}.part`)).toBe(false);
    expect(progress.length).toBeGreaterThan(2);
    for (let index = 1; index < progress.length; index++) {
      expect(progress[index]?.[0]).toBeGreaterThan(progress[index - 1]?.[0] ?? Infinity);
    }
    expect(progress.every(([, total]) => total === archive.length)).toBe(true);
    expect(progress.at(-1)).toEqual([archive.length, archive.length]);
    expect(server.requests).toEqual([{ path: FILE, range: undefined }]);
  });

  it("resumes by itself with Range when the connection is cut half-way, and the result verifies", async () => {
    const half = Math.floor(archive.length / 2);
    server.cutNextAfter(half);
    await downloadFile(request());
    expect(readFileSync(destination).equals(archive)).toBe(true);
    expect(server.requests).toHaveLength(2);
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(server.requests[1]?.range ?? "")?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(half);
  });

  it("keeps the part of a cut transfer, and the next run hashes it and asks only for the rest", async () => {
    const half = Math.floor(archive.length / 2);
    server.cutNextAfter(half);
    await expect(downloadFile(request({ resumeAttempts: 0 }))).rejects.toThrow(/connection was cut/);
    expect(existsSync(destination)).toBe(false);
    const kept = statSync(`${destination}.part`).size;
    expect(kept).toBeGreaterThan(0);
    const progress: number[] = [];
    await downloadFile(request({ onProgress: (received) => progress.push(received) }));
    expect(server.requests[1]?.range).toBe(`bytes=${kept}-`);
    expect(progress[0]).toBe(kept);
    expect(readFileSync(destination).equals(archive)).toBe(true);
  });

  it("starts over when the server ignores the range (200) or refuses it (416)", async () => {
    writeFileSync(`${destination}.part`, archive.subarray(0, 1000));
    server.ignoreRanges = true;
    await downloadFile(request());
    expect(server.requests[0]?.range).toBe("bytes=1000-");
    expect(readFileSync(destination).equals(archive)).toBe(true);

    rmSync(destination);
    server.requests.length = 0;
    server.ignoreRanges = false;
    writeFileSync(`${destination}.part`, archive.subarray(0, 1000));
    server.refuseNextRange();
    await downloadFile(request());
    expect(server.requests.map((seen) => seen.range)).toEqual(["bytes=1000-", undefined]);
    expect(readFileSync(destination).equals(archive)).toBe(true);
  });

  it("follows redirects, but not more than five", async () => {
    server.redirect("/old/aclImdb_v1.tar.gz", "/moved/aclImdb_v1.tar.gz");
    server.redirect("/moved/aclImdb_v1.tar.gz", server.url(FILE));
    await downloadFile(request({ url: server.url("/old/aclImdb_v1.tar.gz") }));
    expect(server.requests.map((seen) => seen.path)).toEqual(["/old/aclImdb_v1.tar.gz", "/moved/aclImdb_v1.tar.gz", FILE]);
    expect(readFileSync(destination).equals(archive)).toBe(true);

    rmSync(destination);
    server.redirect("/loop", "/loop");
    await expect(downloadFile(request({ url: server.url("/loop") }))).rejects.toThrow(/more than 5 redirects/);
  });

  it("deletes the download and names both digests when the checksum does not match", async () => {
    const wrong = "0".repeat(64);
    const failure = downloadFile(request({ sha256: wrong }));
    await expect(failure).rejects.toThrow(`expected SHA-256 ${wrong}, got ${sha256}`);
    expect(existsSync(destination)).toBe(false);
    expect(existsSync(`${destination}.part`)).toBe(false);
  });

  it("stops a server that sends more than the catalog's size, and keeps nothing", async () => {
    await expect(downloadFile(request({ expectedBytes: 1000 }))).rejects.toThrow(/sent more than the expected 1000 bytes/);
    expect(existsSync(`${destination}.part`)).toBe(false);
    expect(existsSync(destination)).toBe(false);
  });

  it("uses a verified file already in place without a request, and refuses one that does not match", async () => {
    writeFileSync(destination, archive);
    expect(await downloadFile(request())).toEqual({ path: destination, downloaded: false });
    writeFileSync(destination, "<html>an error page saved by mistake</html>");
    await expect(downloadFile(request())).rejects.toThrow(/is not the expected file: its SHA-256 is [0-9a-f]{64}, expected/);
    expect(server.requests).toEqual([]);
  });

  it("gives up on a stalled server after the idle timeout, and resumes past a stall by itself", async () => {
    server.stallNextAfter(1000);
    await expect(downloadFile(request({ idleTimeoutMs: 300, resumeAttempts: 0 }))).rejects.toThrow(
      /no data arrived for 0\.3 s \(timeout\)/,
    );
    server.stallNextAfter(1000);
    await downloadFile(request({ idleTimeoutMs: 300 }));
    expect(readFileSync(destination).equals(archive)).toBe(true);
  });

  it.each([
    ["a missing file (404)", () => server.url("/files/missing.tar.gz"), /the server answered 404 Not Found/],
    [
      "a refused connection",
      async () => `http://127.0.0.1:${await closedPort()}/aclImdb_v1.tar.gz`,
      /refused the connection \(ECONNREFUSED\)/,
    ],
    ["an unknown host", () => "http://stepwise-test.invalid/aclImdb_v1.tar.gz", /cannot be found \((ENOTFOUND|EAI_AGAIN)\)/],
  ])("turns %s into advice naming the URL, the mirror setting and the exact path", async (_case, url, reason) => {
    const target = await url();
    const error = await downloadFile(request({ url: target })).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain(`Could not download ${target}`);
    expect(message).toMatch(reason);
    expect(message).toContain(`set ${MIRROR_SETTING} to a server that has aclImdb_v1.tar.gz`);
    expect(message).toContain(`put it at ${destination}`);
    expect(message).toMatch(/Try again/);
  });

  it("when the mirror fails, says to check the mirror and where the original is", async () => {
    const original = "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz";
    const mirror = `http://127.0.0.1:${await closedPort()}/aclImdb_v1.tar.gz`;
    await expect(downloadFile(request({ url: mirror, mirrorOf: original }))).rejects.toThrow(
      new RegExp(`check that ${MIRROR_SETTING} points at .* or download ${original.replaceAll(".", "\\.")} on another machine`),
    );
  });
});
