import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { tarArchive, type LongNames, type TarMember } from "../../test-support/tar-writer.js";
import { readTar, readTarGz, TarFormatError, type ReadTarOptions } from "./tar-reader.js";

const all: ReadTarOptions = { accept: () => true };

async function collect(entries: AsyncIterable<{ path: string; data: Buffer }>): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const entry of entries) files[entry.path] = entry.data.toString("utf8");
  return files;
}

/** The same bytes in chunks of `size`, to prove headers and bodies may straddle chunk edges. */
async function* chunked(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let start = 0; start < buffer.length; start += size) yield buffer.subarray(start, start + size);
}

const longPath = `top/${"a-rather-long-directory-name/".repeat(4)}file-with-a-long-name.txt`;
const members: TarMember[] = [
  { path: "top/", type: "directory" },
  { path: "top/empty.txt", data: "" },
  { path: "top/one.txt", data: "x" },
  { path: "top/block.txt", data: "b".repeat(512) },
  { path: "top/block-and-one.txt", data: `${"c".repeat(512)}!` },
  { path: "top/unicode-é.txt", data: "café ☕" },
  { path: "top/link", type: "symlink", linkTarget: "one.txt" },
  { path: longPath, data: "found me" },
];
const expected = {
  "top/empty.txt": "",
  "top/one.txt": "x",
  "top/block.txt": "b".repeat(512),
  "top/block-and-one.txt": `${"c".repeat(512)}!`,
  "top/unicode-é.txt": "café ☕",
  [longPath]: "found me",
};

describe("the streaming tar reader", () => {
  const work = mkdtempSync(join(tmpdir(), "stepwise-tar-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each<LongNames>(["gnu", "pax", "ustar-prefix"])(
    "reads regular files with %s long names, and skips directories and links",
    async (longNames) => {
      expect(longPath.length).toBeGreaterThan(100);
      expect(await collect(readTar(chunked(tarArchive(members, longNames), 64 * 1024), all))).toEqual(expected);
    },
  );

  it.each([1, 7, 511, 513])("gives the same files whatever the chunk size (%i bytes)", async (size) => {
    expect(await collect(readTar(chunked(tarArchive(members, "pax"), size), all))).toEqual(expected);
  });

  it("reads .tar.gz archives written by the system's tar, in GNU and pax formats", async (context) => {
    if (spawnSync("tar", ["--version"]).status !== 0) context.skip();
    const source = join(work, "source");
    mkdirSync(join(source, "aclImdb", "train", "pos"), { recursive: true });
    const deep = join("aclImdb", ...Array.from({ length: 6 }, (_, index) => `nested-folder-number-${index}`));
    mkdirSync(join(source, deep), { recursive: true });
    writeFileSync(join(source, "aclImdb", "train", "pos", "1_10.txt"), "Great.<br />Really.");
    writeFileSync(join(source, deep, "deep.txt"), "deep inside");
    writeFileSync(join(source, "aclImdb", "big.bin"), Buffer.alloc(100_000, 7));
    symlinkSync("1_10.txt", join(source, "aclImdb", "train", "pos", "link.txt"));
    for (const format of ["gnu", "pax"]) {
      const archive = join(work, `${format}.tar.gz`);
      const result = spawnSync("tar", [`--format=${format}`, "-czf", archive, "-C", source, "aclImdb"]);
      expect(result.status, result.stderr.toString()).toBe(0);
      const files = await collect(readTarGz(createReadStream(archive), { accept: (path) => path.endsWith(".txt") }));
      expect(files).toEqual({ "aclImdb/train/pos/1_10.txt": "Great.<br />Really.", [`${deep}/deep.txt`]: "deep inside" });
    }
  });

  it("asks before reading each file, with its path and size, and returns only what it accepted", async () => {
    const asked: [string, number][] = [];
    const files = await collect(
      readTar(chunked(tarArchive(members), 100), {
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

  it("refuses a damaged header, a truncated archive and data that is not gzip, saying which", async () => {
    const archive = tarArchive(members);
    const damaged = Buffer.from(archive);
    damaged[600] = (damaged[600] ?? 0) ^ 0xff; // inside the second header
    await expect(collect(readTar(chunked(damaged, 4096), all))).rejects.toThrow(/checksum/);
    await expect(collect(readTar(chunked(archive.subarray(0, 1200), 4096), all))).rejects.toThrow(/truncated/);
    await expect(collect(readTarGz(Readable.from([Buffer.from("<html>not found</html>")]), all))).rejects.toThrow(
      /not valid gzip/,
    );
    await expect(collect(readTarGz(Readable.from([gzipSync(archive).subarray(0, 300)]), all))).rejects.toBeInstanceOf(
      TarFormatError,
    );
  });

  it("closes the file when the reader stops early", async () => {
    const path = join(work, "early.tar.gz");
    writeFileSync(path, gzipSync(tarArchive(members)));
    const input = createReadStream(path);
    for await (const entry of readTarGz(input, all)) {
      expect(entry.path).toBe("top/empty.txt");
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.destroyed).toBe(true);
  });
});
