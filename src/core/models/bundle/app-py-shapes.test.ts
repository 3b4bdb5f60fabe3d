import { describe, expect, it } from "vitest";
import { exampleInferBody, examplePredictBody } from "./example-requests.js";
import { get, post, serve } from "./stand-in/app-py-harness.js";
import { standInBundle } from "./stand-in/stand-in-models.js";

// The bundle's app.py with models of other shapes than app-py.test.ts's classifier: several
// inputs, fixed dimensions.
describe("app.py with two inputs and one output", () => {
  const { reply } = serve("two-inputs", "sum-of-2", {
    predict: post("/predict", {
      instances: [
        { a: [1, 2], b: [3, 4] },
        { b: [0, 0], a: [0.5, 0.5] },
      ],
    }),
    predictMissing: post("/predict", { instances: [{ a: [1, 2] }] }),
    predictRows: post("/predict", { instances: [[1, 2]] }),
    predictWide: post("/predict", { instances: [{ a: [1, 2, 3], b: [3, 4] }] }),
    predictExample: post("/predict", examplePredictBody(standInBundle("two-inputs", "x").signature)),
    infer: post("/v2/models/sum-of-2/infer", {
      inputs: [
        { name: "b", shape: [2, 2], datatype: "FP32", data: [3, 4, 0, 0] },
        {
          name: "a",
          shape: [2, 2],
          datatype: "FP32",
          data: [
            [1, 2],
            [0.5, 0.5],
          ],
        },
      ],
    }),
    inferMissing: post("/v2/models/sum-of-2/infer", { inputs: [{ name: "a", shape: [1, 2], datatype: "FP32", data: [1, 2] }] }),
    inferTwice: post("/v2/models/sum-of-2/infer", {
      inputs: [
        { name: "a", shape: [1, 2], datatype: "FP32", data: [1, 2] },
        { name: "a", shape: [1, 2], datatype: "FP32", data: [1, 2] },
      ],
    }),
  });

  it("reads each instance as {input: row} and answers one number per instance for a one-output model", () => {
    expect(reply("predict")).toEqual({ status: 200, body: { predictions: [17, 1], model: "sum-of-2", version: 1 } });
    expect(reply("predictExample").status).toBe(200);
  });

  it("names the inputs it needs when an instance lacks one or is a bare row", () => {
    for (const key of ["predictMissing", "predictRows"]) {
      expect(reply(key).status, key).toBe(400);
      expect(reply(key).body.error, key).toBe(
        'Instance 0 must be an object with one entry per input, "a", "b"; this model takes "a" FP32 [-1, 2], "b" FP32 [-1, 2].',
      );
    }
    expect(reply("predictWide").body.error).toContain(
      '"a" make a batch of shape [1, 3], but the input "a" takes FP32 of shape [-1, 2]',
    );
  });

  it("infers from several inputs in any order, and refuses a missing or repeated one", () => {
    expect(reply("infer").body.outputs).toEqual([{ name: "total", datatype: "FP32", shape: [2], data: [17, 1] }]);
    expect(reply("inferMissing")).toEqual({
      status: 400,
      body: { error: 'Missing input "b"; this model takes "a" FP32 [-1, 2], "b" FP32 [-1, 2].' },
    });
    expect(reply("inferTwice")).toEqual({ status: 400, body: { error: 'The input "a" is given twice.' } });
  });
});

describe("app.py with fixed dimensions", () => {
  const matrix = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const { reply } = serve("fixed", "fixed-dims", {
    predict: post("/predict", { instances: matrix }),
    predictThree: post("/predict", { instances: [...matrix, [7, 8, 9]] }),
    predictExample: post("/predict", examplePredictBody(standInBundle("fixed", "x").signature)),
    metadata: get("/v2/models/fixed-dims"),
    infer: post("/v2/models/fixed-dims/infer", { inputs: [{ name: "x", shape: [2, 3], datatype: "FP32", data: matrix }] }),
    inferOneRow: post("/v2/models/fixed-dims/infer", {
      inputs: [{ name: "x", shape: [1, 3], datatype: "FP32", data: [1, 2, 3] }],
    }),
    inferExample: post("/v2/models/fixed-dims/infer", exampleInferBody(standInBundle("fixed", "x").signature)),
  });

  it("answers rows for a one-output model whose output is a matrix", () => {
    expect(reply("predict").body.predictions).toEqual([
      [2, 4, 6],
      [8, 10, 12],
    ]);
    expect(reply("predictExample").status).toBe(200);
    expect((reply("metadata").body.inputs as unknown[])[0]).toEqual({ name: "x", datatype: "FP32", shape: [2, 3] });
  });

  it("holds the fixed dimensions to their sizes, naming them in the error", () => {
    expect(reply("predictThree").status).toBe(400);
    expect(reply("predictThree").body.error).toContain('batch of shape [3, 3], but the input "x" takes FP32 of shape [2, 3]');
    expect(reply("infer").body.outputs).toEqual([
      { name: "doubled", datatype: "FP32", shape: [2, 3], data: [2, 4, 6, 8, 10, 12] },
    ]);
    expect(reply("inferOneRow").status).toBe(400);
    expect(reply("inferOneRow").body.error).toContain("has shape [1, 3], but it takes FP32 of shape [2, 3]");
    expect(reply("inferExample").status).toBe(200);
  });
});
