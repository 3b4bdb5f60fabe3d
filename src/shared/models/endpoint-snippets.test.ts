import { describe, expect, it } from "vitest";
import type { ModelSignature, TensorSpec } from "../api/index.js";
import { endpointSnippets, snippetVersionRef } from "./endpoint-snippets.js";

const spec = (name: string, shape: number[], datatype: TensorSpec["datatype"] = "FP32"): TensorSpec => ({
  name,
  shape,
  datatype,
});
const digits: ModelSignature = {
  inputs: [spec("input", [-1, 784])],
  outputs: [spec("label", [-1], "INT64"), spec("probabilities", [-1, 10])],
};
const origin = "http://127.0.0.1:3000";

/** The JSON after curl's -d, unquoted from the shell's single quotes. */
const curlBody = (curl: string) => JSON.parse((/-d '(.*)'$/s.exec(curl)?.[1] ?? "").replaceAll(`'\\''`, "'")) as unknown;

describe("snippetVersionRef", () => {
  it("prefers the production alias, else the number", () => {
    expect(snippetVersionRef({ version: 3, aliases: ["staging", "production"] })).toBe("production");
    expect(snippetVersionRef({ version: 3, aliases: ["staging"] })).toBe(3);
  });
});

describe("endpointSnippets", () => {
  const { predict, infer } = endpointSnippets({
    origin: `${origin}/`,
    model: "digits",
    version: "production",
    signature: digits,
  });

  it("calls the version's predict and infer URLs on the page's origin", () => {
    for (const snippet of Object.values(predict))
      expect(snippet).toContain(`${origin}/api/models/digits/versions/production/predict`);
    for (const snippet of Object.values(infer)) expect(snippet).toContain(`${origin}/v2/models/digits/versions/production/infer`);
  });

  it("gives curl literal JSON of the right width", () => {
    expect(predict.curl).toContain("-H 'Content-Type: application/json'");
    const body = curlBody(predict.curl) as { instances: number[][] };
    expect(body.instances[0]).toHaveLength(784);
    expect(curlBody(infer.curl)).toEqual({
      inputs: [{ name: "input", shape: [1, 784], datatype: "FP32", data: Array.from({ length: 784 }, () => 0) }],
    });
  });

  it("writes long rows compactly in Python and JavaScript", () => {
    expect(predict.python).toContain('json={"instances": [[0] * 784]},');
    expect(predict.python).toContain('print(json.dumps(result["predictions"]))');
    expect(infer.python).toContain('"data": [0] * 784');
    expect(predict.javascript).toContain("body: JSON.stringify({ instances: [Array(784).fill(0)] }),");
    expect(infer.javascript).toContain('{ name: "input", shape: [1, 784], datatype: "FP32", data: Array(784).fill(0) }');
    expect(infer.javascript).toContain("console.log(JSON.stringify(result.outputs));");
  });

  it("lists short rows, writes several inputs as objects, and quotes what the shell or JavaScript would misread", () => {
    const pairs: ModelSignature = {
      inputs: [spec("it's", [-1, 2]), spec("flag-set", [-1, 3], "BOOL")],
      outputs: [spec("sum", [-1, 2])],
    };
    const snippets = endpointSnippets({ origin, model: "pairs", version: 2, signature: pairs });
    expect(curlBody(snippets.predict.curl)).toEqual({ instances: [{ "it's": [0, 0], "flag-set": [false, false, false] }] });
    expect(snippets.predict.python).toContain('json={"instances": [{"it\'s": [0, 0], "flag-set": [False, False, False]}]},');
    expect(snippets.predict.javascript).toContain(
      'JSON.stringify({ instances: [{ "it\'s": [0, 0], "flag-set": [false, false, false] }] })',
    );
    expect(snippets.infer.curl).toContain(`${origin}/v2/models/pairs/versions/2/infer`);
  });
});
