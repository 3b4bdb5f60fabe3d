import { describe, expect, it } from "vitest";
import type { ModelVersionView } from "../../../shared/api/index.js";
import { MODEL_NAME_PATTERN } from "../../../shared/models/names.js";
import { formatSignature, modelNameFromFileName, servedVersion } from "./model-format.js";

describe("modelNameFromFileName", () => {
  it.each([
    ["digits.onnx", "digits"],
    ["Digits MLP v2.ONNX", "digits-mlp-v2"],
    ["__my__model__.onnx", "my-model"],
    ["résumé—classifier.onnx", "r-sum-classifier"],
    ["model.v1.onnx", "model-v1"],
    ["---.onnx", ""],
    [".onnx", ""],
  ])("%s → %s", (fileName, name) => {
    expect(modelNameFromFileName(fileName)).toBe(name);
  });

  it("trims to 63 characters without leaving a dash at the end", () => {
    const name = modelNameFromFileName(`${"a".repeat(62)} b.onnx`);
    expect(name).toBe("a".repeat(62));
    expect(MODEL_NAME_PATTERN.test(modelNameFromFileName(`${"x".repeat(100)}.onnx`))).toBe(true);
  });
});

describe("formatSignature", () => {
  it("reads like the tensors the inference protocol describes, -1 for any size", () => {
    expect(
      formatSignature({
        inputs: [{ name: "input", datatype: "FP32", shape: [-1, 784] }],
        outputs: [
          { name: "label", datatype: "INT64", shape: [-1] },
          { name: "probabilities", datatype: "FP32", shape: [-1, 10] },
        ],
      }),
    ).toBe("input float32[-1, 784] → label int64[-1], probabilities float32[-1, 10]");
  });
});

describe("servedVersion", () => {
  const version = (number: number, aliases: string[]) => ({ version: number, aliases }) as unknown as ModelVersionView;
  it("is production's version, else the newest", () => {
    expect(servedVersion([version(3, []), version(2, ["production"]), version(1, [])])?.version).toBe(2);
    expect(servedVersion([version(3, ["staging"]), version(2, [])])?.version).toBe(3);
    expect(servedVersion([])).toBeUndefined();
  });
});
