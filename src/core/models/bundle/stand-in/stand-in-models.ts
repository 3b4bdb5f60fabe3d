import type { ModelCard, ModelSignature } from "../../../../shared/api/index.js";
import type { SelfHostBundleInput } from "../bundle-input.js";

// The TypeScript side of the stand-in onnxruntime (onnxruntime/__init__.py beside this file):
// the tiny models it computes, as bundle inputs, and the answers the tests expect from them.

/** The stand-in's kinds of model; its "model.onnx" is JSON naming one. */
export type StandInKind = "classifier" | "two-inputs" | "fixed";

const SIGNATURES: Readonly<Record<StandInKind, ModelSignature>> = {
  classifier: {
    inputs: [{ name: "input", datatype: "FP32", shape: [-1, 3] }],
    outputs: [
      { name: "label", datatype: "INT64", shape: [-1] },
      { name: "probabilities", datatype: "FP32", shape: [-1, 2] },
    ],
  },
  "two-inputs": {
    inputs: [
      { name: "a", datatype: "FP32", shape: [-1, 2] },
      { name: "b", datatype: "FP32", shape: [-1, 2] },
    ],
    outputs: [{ name: "total", datatype: "FP32", shape: [-1] }],
  },
  fixed: {
    inputs: [{ name: "x", datatype: "FP32", shape: [2, 3] }],
    outputs: [{ name: "doubled", datatype: "FP32", shape: [2, 3] }],
  },
};

export const TEST_CARD: ModelCard = {
  description: "Tells two kinds of flower apart from three measurements.",
  metrics: [
    { name: "accuracy", value: 0.93 },
    { name: "macro F1 | held out", value: 0.91 },
  ],
  trainingData: "120 rows of a made-up flower table.",
  projectId: "flowers",
  submissionId: "s-42",
  notes: "# Limits\n\nOnly three measurements.\n\n```text\n# not a heading\n```\n",
};

/** A bundle input for a stand-in model: its "ONNX file" is the JSON the stand-in reads. */
export function standInBundle(kind: StandInKind, name: string, version = 1): SelfHostBundleInput {
  return {
    name,
    version,
    onnx: new TextEncoder().encode(JSON.stringify({ "stand-in": kind })),
    signature: SIGNATURES[kind],
    card: TEST_CARD,
    stepwiseVersion: "9.8.7-test",
    modifiedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 6)),
  };
}

const WEIGHTS = [
  [1.0, -1.0],
  [0.5, 0.25],
  [-2.0, 1.0],
];
const BIAS = [0.1, -0.1];

/** The stand-in classifier's answer for one row, computed in float32 like the stand-in. */
export function classify(row: readonly number[]): { label: number; probabilities: number[] } {
  const f = Math.fround;
  const scores = BIAS.map((bias, column) =>
    f(row.reduce((sum, value, index) => f(sum + f(f(value) * f(WEIGHTS[index]?.[column] ?? 0))), 0) + f(bias)),
  );
  const top = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - top));
  const total = exp.reduce((sum, value) => sum + value, 0);
  const probabilities = exp.map((value) => f(value / total));
  return { label: probabilities.indexOf(Math.max(...probabilities)), probabilities };
}
