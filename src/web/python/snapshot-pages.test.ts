import { describe, expect, it } from "vitest";
import { packSnapshot, unpackSnapshot } from "./snapshot-pages.js";

/** Mostly zero pages with a few written ones and a short last page, like a wasm heap. */
function heapLike(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (const start of [0, 5 * 4096 + 17, 9 * 4096 - 1, length - 3]) bytes.fill(0xab, start, Math.min(length, start + 300));
  return bytes;
}

describe("a Python snapshot kept without its zero pages", () => {
  it("comes back byte for byte, much smaller than it was", async () => {
    const original = heapLike(40 * 4096 + 1000);
    const packed = packSnapshot(original);
    expect(packed.size).toBeLessThan(original.length / 5);
    expect(unpackSnapshot(await packed.arrayBuffer())).toEqual(original);
  });

  it("keeps an empty or all-zero snapshot as just its length", async () => {
    expect(unpackSnapshot(await packSnapshot(new Uint8Array(0)).arrayBuffer())).toEqual(new Uint8Array(0));
    const zeros = packSnapshot(new Uint8Array(10_000));
    expect(zeros.size).toBeLessThan(32);
    expect(unpackSnapshot(await zeros.arrayBuffer())).toEqual(new Uint8Array(10_000));
  });

  it("refuses anything else: other data, a cut-short copy, trailing bytes, page numbers out of order", async () => {
    const packed = await packSnapshot(heapLike(20 * 4096)).arrayBuffer();
    expect(unpackSnapshot(new Uint8Array(packed.byteLength).fill(7).buffer)).toBeNull();
    expect(unpackSnapshot(packed.slice(0, packed.byteLength - 1))).toBeNull();
    expect(unpackSnapshot(await new Blob([packed, new Uint8Array(1)]).arrayBuffer())).toBeNull();
    const swapped = packed.slice(0);
    const view = new DataView(swapped);
    const [first, second] = [view.getUint32(20, true), view.getUint32(24, true)];
    view.setUint32(20, second, true);
    view.setUint32(24, first, true);
    expect(unpackSnapshot(swapped)).toBeNull();
  });
});
