import { describe, expect, it } from "vitest";
import { readPrediction } from "./read-prediction.js";

describe("readPrediction", () => {
  it("reads Stepwise's classifier output as the label and each class's probability", () => {
    expect(readPrediction({ label: 7, probabilities: [0.1, 0.2, 0.7] })).toEqual({
      kind: "class",
      label: "7",
      probabilities: [
        { label: "0", probability: 0.1 },
        { label: "1", probability: 0.2 },
        { label: "2", probability: 0.7 },
      ],
    });
    expect(readPrediction({ label: ["cat"] })).toEqual({ kind: "class", label: "cat", probabilities: [] });
  });

  it("picks the most likely class of a bare probability list", () => {
    expect(readPrediction([0.05, 0.9, 0.05])).toMatchObject({ kind: "class", label: "1" });
  });

  it("reads a number or a one-number row as a value", () => {
    expect(readPrediction(10.5)).toEqual({ kind: "value", value: 10.5 });
    expect(readPrediction([3.25])).toEqual({ kind: "value", value: 3.25 });
  });

  it("leaves anything else as it is", () => {
    expect(readPrediction([4, 6.5])).toEqual({ kind: "other", value: [4, 6.5] });
    expect(readPrediction({ sum: [1, 2] })).toEqual({ kind: "other", value: { sum: [1, 2] } });
    expect(readPrediction({ label: 1, probabilities: ["x"] })).toMatchObject({ kind: "other" });
    expect(readPrediction(null)).toEqual({ kind: "other", value: null });
  });
});
