import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size.js";

describe("formatSize", () => {
  it("uses KB below a megabyte and MB above", () => {
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(3 * 1024 * 1024)).toBe("3 MB");
  });
});
