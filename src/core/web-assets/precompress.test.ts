import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precompressFolder } from "./precompress.js";

describe("precompressing a folder for the static server", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stepwise-precompress-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes brotli and gzip copies that decompress to the original, in subfolders too", async () => {
    const script = Buffer.from("export const roadmap = [];\n".repeat(400));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "index-abc.js"), script);
    const files = await precompressFolder(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, "assets", "index-abc.js.br"))).equals(script)).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, "assets", "index-abc.js.gz"))).equals(script)).toBe(true);
    expect(files).toEqual([
      {
        file: join("assets", "index-abc.js"),
        bytes: script.length,
        brotliBytes: readFileSync(join(dir, "assets", "index-abc.js.br")).length,
        gzipBytes: readFileSync(join(dir, "assets", "index-abc.js.gz")).length,
      },
    ]);
  });

  it("leaves alone what compression would not help: tiny files, already compressed data, source maps and unknown types", async () => {
    writeFileSync(join(dir, "tiny.js"), "export {};");
    writeFileSync(join(dir, "python_stdlib.zip"), randomBytes(64 * 1024));
    writeFileSync(join(dir, "index.js.map"), "{}".repeat(4096));
    writeFileSync(join(dir, "notes.md"), "# notes\n".repeat(1000));
    const files = await precompressFolder(dir);
    expect(files).toEqual([{ file: "python_stdlib.zip", bytes: 64 * 1024 }]);
    for (const name of ["tiny.js", "python_stdlib.zip", "index.js.map", "notes.md"]) {
      expect(existsSync(join(dir, `${name}.br`))).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`))).toBe(false);
    }
  });
});
