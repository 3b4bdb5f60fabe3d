import { describe, expect, it } from "vitest";
import type { ModelSignature, TensorSpec } from "../api/index.js";
import { expandExample, inferExample, instanceWidth, predictExample, zeroInstance } from "./tensor-examples.js";

const spec = (name: string, shape: number[], datatype: TensorSpec["datatype"] = "FP32"): TensorSpec => ({
  name,
  shape,
  datatype,
});
const outputs = [spec("label", [-1], "INT64")];

describe("zero examples from a signature", () => {
  it("counts the values of one instance, reading a size that varies as 1", () => {
    expect(instanceWidth(spec("x", [-1, 784]))).toBe(784);
    expect(instanceWidth(spec("x", [-1, 1, 28, 28]))).toBe(784);
    expect(instanceWidth(spec("x", [-1, -1, 3]))).toBe(3);
    expect(instanceWidth(spec("x", [-1]))).toBe(1);
  });

  it("writes a one-input model's instance as a flat row of the datatype's zero", () => {
    const signature: ModelSignature = { inputs: [spec("input", [-1, 28, 28])], outputs };
    const body = expandExample(predictExample(signature)) as { instances: number[][] };
    expect(body.instances).toHaveLength(1);
    expect(body.instances[0]).toHaveLength(784);
    expect(new Set(body.instances[0])).toEqual(new Set([0]));
    expect(expandExample(zeroInstance({ inputs: [spec("flags", [-1, 2], "BOOL")], outputs }))).toEqual([false, false]);
    expect(expandExample(zeroInstance({ inputs: [spec("text", [-1, 1], "BYTES")], outputs }))).toEqual([""]);
  });

  it("writes several inputs as one object per instance", () => {
    const signature: ModelSignature = { inputs: [spec("a", [-1, 2]), spec("b", [-1, 3], "INT64")], outputs };
    expect(expandExample(predictExample(signature))).toEqual({ instances: [{ a: [0, 0], b: [0, 0, 0] }] });
  });

  it("writes an OIP v2 infer body with a batch of one for every input", () => {
    const signature: ModelSignature = { inputs: [spec("a", [-1, 2]), spec("b", [-1, -1], "INT64")], outputs };
    expect(expandExample(inferExample(signature))).toEqual({
      inputs: [
        { name: "a", shape: [1, 2], datatype: "FP32", data: [0, 0] },
        { name: "b", shape: [1, 1], datatype: "INT64", data: [0] },
      ],
    });
  });
});
