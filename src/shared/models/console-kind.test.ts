import { describe, expect, it } from "vitest";
import type { ModelSignature, TensorSpec } from "../api/index.js";
import { chooseConsoleKind } from "./console-kind.js";

const spec = (name: string, shape: number[], datatype: TensorSpec["datatype"] = "FP32"): TensorSpec => ({
  name,
  shape,
  datatype,
});
const one = (input: TensorSpec): ModelSignature => ({ inputs: [input], outputs: [spec("y", [-1, 10])] });

describe("chooseConsoleKind", () => {
  it.each([[[-1, 784]], [[-1, 28, 28]], [[-1, 1, 28, 28]]])("gives a 28×28 image input %j the drawing pad", (shape) => {
    expect(chooseConsoleKind(one(spec("pixels", shape)))).toEqual({ kind: "drawing", input: spec("pixels", shape) });
  });

  it("gives a short row a field per feature, up to 32", () => {
    expect(chooseConsoleKind(one(spec("x", [-1, 8], "FP64")))).toEqual({
      kind: "fields",
      input: spec("x", [-1, 8], "FP64"),
      count: 8,
    });
    expect(chooseConsoleKind(one(spec("x", [-1, 4, 8])))).toMatchObject({ kind: "fields", count: 32 });
    expect(chooseConsoleKind(one(spec("x", [-1, 33])))).toEqual({ kind: "json" });
  });

  it.each([
    ["several inputs", { inputs: [spec("a", [-1, 2]), spec("b", [-1, 2])], outputs: [] }],
    ["strings", one(spec("text", [-1, 1], "BYTES"))],
    ["booleans", one(spec("flags", [-1, 3], "BOOL"))],
    ["no batch dimension", one(spec("x", [4]))],
    ["a size that varies", one(spec("x", [-1, -1]))],
    ["784 values that are not an image's shape", one(spec("x", [-1, 2, 392]))],
    ["no inputs at all", { inputs: [], outputs: [] }],
  ])("falls back to the JSON box for %s", (_, signature) => {
    expect(chooseConsoleKind(signature)).toEqual({ kind: "json" });
  });
});
