import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { tarArchive, tarGzArchive, type TarMember } from "../../test-support/tar-writer.js";
import { readTarGz, TarFormatError, type ReadTarOptions } from "./tar-reader.js";

const all: ReadTarOptions = { accept: () => true };

async function collect(entries: AsyncIterable<{ path: string; data: Buffer }>): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const entry of entries) files[entry.path] = entry.data.toString("utf8");
  return files;
}

/** The same bytes in chunks of `size`, to prove nothing depends on where the input's chunks end. */
const chunked = (buffer: Buffer, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(buffer.length / size) }, (_, k) => buffer.subarray(k * size, (k + 1) * size)));

// Over 100 bytes: one splits at a slash into the ustar prefix, the other needs a pax header.
const longPath = `top/${"a-rather-long-directory-name/".repeat(4)}file-with-a-long-name.txt`;
const longName = `top/${"a-file-name-longer-than-the-name-field-".repeat(3)}.txt`;
const members: TarMember[] = [
  { path: "top/", type: "directory" },
  { path: "top/empty.txt", data: "" },
  { path: "top/one.txt", data: "x" },
  { path: "top/block.txt", data: "b".repeat(512) },
  { path: "top/block-and-one.txt", data: `${"c".repeat(512)}!` },
  { path: "top/unicode-é.txt", data: "café ☕" },
  { path: "top/link", type: "symlink", linkTarget: "one.txt" },
  { path: longPath, data: "found me" },
  { path: longName, data: "and me" },
];
const expected = {
  "top/empty.txt": "",
  "top/one.txt": "x",
  "top/block.txt": "b".repeat(512),
  "top/block-and-one.txt": `${"c".repeat(512)}!`,
  "top/unicode-é.txt": "café ☕",
  [longPath]: "found me",
  [longName]: "and me",
};

describe("the streaming tar.gz reader", () => {
  const work = mkdtempSync(join(tmpdir(), "stepwise-tar-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reads regular files, long names included, and skips directories and links", async () => {
    expect(longPath.length).toBeGreaterThan(100);
    expect(longName.length).toBeGreaterThan(100);
    expect(await collect(readTarGz(chunked(await tarGzArchive(members), 64 * 1024), all))).toEqual(expected);
  });

  it.each([1, 7, 511, 513])("gives the same files whatever the chunk size of the input (%i bytes)", async (size) => {
    expect(await collect(readTarGz(chunked(await tarGzArchive(members), size), all))).toEqual(expected);
  });

  it("reads .tar.gz archives written by the system's tar, in GNU, pax and ustar formats", async (context) => {
    if (spawnSync("tar", ["--version"]).status !== 0) context.skip();
    const source = join(work, "source");
    mkdirSync(join(source, "aclImdb", "train", "pos"), { recursive: true });
    // 145 bytes: a GNU long name, a pax path record, or the ustar prefix, depending on the format.
    const deep = join("aclImdb", ...Array.from({ length: 6 }, (_, index) => `nested-folder-number-${index}`));
    mkdirSync(join(source, deep), { recursive: true });
    writeFileSync(join(source, "aclImdb", "train", "pos", "1_10.txt"), "Great.<br />Really.");
    writeFileSync(join(source, deep, "deep.txt"), "deep inside");
    writeFileSync(join(source, "aclImdb", "big.bin"), Buffer.alloc(100_000, 7));
    symlinkSync("1_10.txt", join(source, "aclImdb", "train", "pos", "link.txt"));
    for (const format of ["gnu", "pax", "ustar"]) {
      const archive = join(work, `${format}.tar.gz`);
      const result = spawnSync("tar", [`--format=${format}`, "-czf", archive, "-C", source, "aclImdb"]);
      expect(result.status, result.stderr.toString()).toBe(0);
      const files = await collect(readTarGz(createReadStream(archive), { accept: (path) => path.endsWith(".txt") }));
      expect(files, format).toEqual({ "aclImdb/train/pos/1_10.txt": "Great.<br />Really.", [`${deep}/deep.txt`]: "deep inside" });
    }
  });

  it("refuses a pre-POSIX (v7) archive, which has no ustar or GNU magic, as an unknown format", async (context) => {
    if (spawnSync("tar", ["--version"]).status !== 0) context.skip();
    const source = join(work, "v7");
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, "1_10.txt"), "Great.");
    const archive = join(work, "v7.tar.gz");
    expect(spawnSync("tar", ["--format=v7", "-czf", archive, "-C", source, "1_10.txt"]).status).toBe(0);
    await expect(collect(readTarGz(createReadStream(archive), all))).rejects.toThrow(
      /header fails its checksum or has an unknown format/,
    );
  });

  it("asks before reading each file, with its path and size, and returns only what it accepted", async () => {
    const asked: [string, number][] = [];
    const files = await collect(
      readTarGz(chunked(await tarGzArchive(members), 100), {
        accept: (path, size) => {
          asked.push([path, size]);
          return path.endsWith("one.txt");
        },
      }),
    );
    expect(files).toEqual({ "top/one.txt": "x", "top/block-and-one.txt": `${"c".repeat(512)}!` });
    expect(asked).toContainEqual(["top/block.txt", 512]);
    expect(asked.map(([path]) => path)).not.toContain("top/"); // directories are never offered
  });

  it("refuses an accepted file larger than the limit, naming it", async () => {
    const archive = await tarGzArchive(members);
    await expect(collect(readTarGz(chunked(archive, 4096), { ...all, maxEntryBytes: 100 }))).rejects.toThrow(
      new TarFormatError("top/block.txt is 512 bytes, more than the 100 this reader accepts"),
    );
  });

  it("refuses a damaged header, a truncated archive and data that is not gzip, saying which", async () => {
    const archive = await tarArchive(members);
    const damaged = Buffer.from(archive);
    damaged[600] = (damaged[600] ?? 0) ^ 0xff; // inside the second header
    await expect(collect(readTarGz(chunked(gzipSync(damaged), 4096), all))).rejects.toThrow(
      new TarFormatError(
        "a member's header fails its checksum or has an unknown format; the archive is damaged or not a tar file",
      ),
    );
    // Whole gzip data, but the tar inside stops in the middle of a member.
    await expect(collect(readTarGz(chunked(gzipSync(archive.subarray(0, 1200)), 4096), all))).rejects.toThrow(
      new TarFormatError("the archive ends inside a member; it is truncated"),
    );
    // A download cut short: the gzip data itself ends early.
    await expect(collect(readTarGz(chunked(gzipSync(archive).subarray(0, 300), 4096), all))).rejects.toThrow(
      new TarFormatError("the archive is not valid gzip data (unexpected end of file); it is damaged or not a .tar.gz file"),
    );
    await expect(collect(readTarGz(Readable.from([Buffer.from("<html>not found</html>")]), all))).rejects.toThrow(
      new TarFormatError("the archive is not valid gzip data (incorrect header check); it is damaged or not a .tar.gz file"),
    );
  });

  it("passes on an error reading the input, or thrown by accept, as it is, not as a damaged archive", async () => {
    const missing = collect(readTarGz(createReadStream(join(work, "no-such.tar.gz")), all));
    await expect(missing).rejects.toMatchObject({ code: "ENOENT" });
    await expect(missing).rejects.not.toBeInstanceOf(TarFormatError);
    const thrown = new TypeError("accept failed");
    const failing = collect(
      readTarGz(chunked(await tarGzArchive(members), 4096), {
        accept: () => {
          throw thrown;
        },
      }),
    );
    await expect(failing).rejects.toBe(thrown);
  });

  it("closes the file when the reader stops early", async () => {
    const path = join(work, "early.tar.gz");
    writeFileSync(path, await tarGzArchive(members));
    const input = createReadStream(path);
    for await (const entry of readTarGz(input, all)) {
      expect(entry.path).toBe("top/empty.txt");
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.destroyed).toBe(true);
  });
});
