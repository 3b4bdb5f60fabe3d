import { describe, expect, it } from "vitest";
import { snapshotKey } from "./snapshot-store.js";

describe("the key a browser's Python snapshot is kept under", () => {
  it("is the same for the same Pyodide and harness bundle, and changes with either", () => {
    const settings = { pyodideVersion: "314.0.7", harnessUrl: "/harness/0123456789abcdef.json" };
    expect(snapshotKey({ ...settings })).toBe(snapshotKey(settings));
    const others = [
      snapshotKey({ ...settings, pyodideVersion: "314.0.8" }),
      snapshotKey({ ...settings, harnessUrl: "/harness/fedcba9876543210.json" }),
    ];
    expect(new Set([snapshotKey(settings), ...others]).size).toBe(3);
  });
});
