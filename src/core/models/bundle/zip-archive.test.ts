import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipArchive } from "./zip-archive.js";

const TIME = new Date(Date.UTC(2026, 2, 3, 4, 5, 6));

describe("zipArchive", () => {
  it("holds each file under its path, text as UTF-8", async () => {
    const bytes = Uint8Array.from([0, 255, 1, 254]);
    const files = unzipSync(
      await zipArchive(
        [
          { path: "top/a.txt", data: "héllo\n" },
          { path: "top/sub/b.bin", data: bytes },
          { path: "top/empty", data: "" },
        ],
        TIME,
      ),
    );
    expect(Object.keys(files)).toEqual(["top/a.txt", "top/sub/b.bin", "top/empty"]);
    expect(new TextDecoder().decode(files["top/a.txt"])).toBe("héllo\n");
    expect(files["top/sub/b.bin"]).toEqual(bytes);
    expect(files["top/empty"]).toEqual(new Uint8Array(0));
  });

  it("lets other work run while it compresses a large file", async () => {
    const data = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, index) => (index * 2_654_435_761) >>> 24);
    let turns = 0;
    let finished = false;
    const tick = () => {
      turns += 1;
      if (!finished) setImmediate(tick);
    };
    setImmediate(tick);
    const archive = await zipArchive([{ path: "big.bin", data }], TIME);
    finished = true;
    // Compressing in one go would let no turn of the event loop run before the archive is done.
    expect(turns).toBeGreaterThan(3);
    expect(unzipSync(archive)["big.bin"]).toEqual(data);
  });
});
