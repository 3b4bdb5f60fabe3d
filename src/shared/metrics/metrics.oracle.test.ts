import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  accuracy,
  confusionMatrix,
  logLoss,
  mae,
  mape,
  MetricError,
  precisionRecallF1,
  r2,
  rmse,
  rocAuc,
  smape,
} from "./index.js";
import { seededRandom as random } from "../random/seeded-random.js";

// scikit-learn is the oracle: the same inputs go to it and to our metrics, and the answers must agree to 1e-9.
const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const TOLERANCE = 1e-9;

interface Case {
  readonly name: string;
  readonly truth: number[];
  readonly predicted: number[];
  readonly scores?: number[];
}

function makeCases(): { classification: Case[]; regression: Case[] } {
  const next = random(20261128);
  const labels = (n: number, classes: number) => Array.from({ length: n }, () => Math.floor(next() * classes));
  const noisy = (truth: number[], classes: number, flip: number) =>
    truth.map((y) => (next() < flip ? Math.floor(next() * classes) : y));
  const binaryTruth = labels(2000, 2);
  const multiTruth = labels(3000, 5);
  const onlyPositive = Array.from({ length: 50 }, () => 1);
  return {
    classification: [
      {
        name: "binary, random",
        truth: binaryTruth,
        predicted: noisy(binaryTruth, 2, 0.3),
        scores: binaryTruth.map((y) => Math.min(0.999, Math.max(0.001, 0.5 * next() + 0.4 * y))),
      },
      // Scores rounded to one decimal: many ties, which ROC-AUC must count as half.
      {
        name: "binary, tied scores",
        truth: binaryTruth,
        predicted: noisy(binaryTruth, 2, 0.5),
        scores: binaryTruth.map((y) => Math.round((0.6 * next() + 0.3 * y) * 10) / 10),
      },
      { name: "multiclass (5 classes)", truth: multiTruth, predicted: noisy(multiTruth, 5, 0.4) },
      { name: "a class never predicted", truth: multiTruth, predicted: multiTruth.map((y) => (y === 4 ? 0 : y)) },
      { name: "single class in the truth", truth: onlyPositive, predicted: noisy(onlyPositive, 2, 0.3) },
    ],
    regression: [
      {
        name: "random",
        truth: Array.from({ length: 5000 }, () => 100 * next() + 1),
        predicted: Array.from({ length: 5000 }, () => 100 * next() + 1),
      },
      {
        name: "close fit",
        truth: Array.from({ length: 1000 }, (_, i) => i + 1),
        predicted: Array.from({ length: 1000 }, (_, i) => i + 1 + (next() - 0.5)),
      },
      {
        name: "constant truth",
        truth: Array.from({ length: 100 }, () => 3),
        predicted: Array.from({ length: 100 }, () => 3 + next()),
      },
      { name: "zeros in the truth", truth: [0, 1, 2, 0, 5], predicted: [0.5, 1, 2.5, 0, 4] },
    ],
  };
}

const ORACLE = `
import json, sys
import numpy as np
from sklearn import metrics as m
cases = json.load(sys.stdin)
out = {"classification": [], "regression": []}
for c in cases["classification"]:
    t, p = np.array(c["truth"]), np.array(c["predicted"])
    row = {"accuracy": m.accuracy_score(t, p), "confusion": m.confusion_matrix(t, p).tolist()}
    for avg in ["macro", "micro", "weighted"] + (["binary"] if len(set(t) | set(p)) <= 2 else []):
        kw = dict(average=avg, zero_division=0)
        row[avg] = [m.precision_score(t, p, **kw), m.recall_score(t, p, **kw), m.f1_score(t, p, **kw)]
    if "scores" in c:
        s = np.array(c["scores"])
        row["auc"] = m.roc_auc_score(t, s)
        row["logloss"] = m.log_loss(t, s, labels=[0, 1])
    out["classification"].append(row)
for c in cases["regression"]:
    t, p = np.array(c["truth"]), np.array(c["predicted"])
    denom = np.abs(t) + np.abs(p)
    sm = np.where(denom > 0, 2 * np.abs(t - p) / np.where(denom > 0, denom, 1), 0).mean()
    out["regression"].append({
        "rmse": float(np.sqrt(m.mean_squared_error(t, p))), "mae": m.mean_absolute_error(t, p),
        "mape": m.mean_absolute_percentage_error(t, p), "smape": float(sm), "r2": m.r2_score(t, p),
    })
print(json.dumps(out))
`;

interface OracleRow {
  accuracy: number;
  confusion: number[][];
  macro: number[];
  micro: number[];
  weighted: number[];
  binary?: number[];
  auc?: number;
  logloss?: number;
}

function askScikitLearn(cases: ReturnType<typeof makeCases>): {
  classification: OracleRow[];
  regression: Record<string, number>[];
} {
  const result = spawnSync(PYTHON, ["-c", ORACLE], {
    input: JSON.stringify(cases),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `scikit-learn (the oracle) could not run with ${PYTHON}: ${result.stderr || result.error?.message}. Install python3-sklearn and set STEPWISE_PYTHON.`,
    );
  }
  return JSON.parse(result.stdout) as ReturnType<typeof askScikitLearn>;
}

describe("metrics agree with scikit-learn", () => {
  const cases = makeCases();
  const oracle = askScikitLearn(cases);

  describe.each(cases.classification.map((c, i) => [c.name, c, i] as const))("classification: %s", (_name, c, index) => {
    const expected = oracle.classification[index] as OracleRow;
    it("accuracy and confusion matrix", () => {
      expect(Math.abs(accuracy(c.truth, c.predicted) - expected.accuracy)).toBeLessThan(TOLERANCE);
      expect(confusionMatrix(c.truth, c.predicted)).toEqual(expected.confusion);
    });
    it.each(["macro", "micro", "weighted", "binary"] as const)("precision, recall and F1 (%s)", (average) => {
      const want = expected[average];
      if (!want) return expect(() => precisionRecallF1(c.truth, c.predicted, average)).toThrow(MetricError);
      const got = precisionRecallF1(c.truth, c.predicted, average);
      expect(Math.abs(got.precision - (want[0] as number))).toBeLessThan(TOLERANCE);
      expect(Math.abs(got.recall - (want[1] as number))).toBeLessThan(TOLERANCE);
      expect(Math.abs(got.f1 - (want[2] as number))).toBeLessThan(TOLERANCE);
    });
    it("ROC-AUC and log loss", () => {
      if (!c.scores) return;
      expect(Math.abs(rocAuc(c.truth, c.scores) - (expected.auc as number))).toBeLessThan(TOLERANCE);
      expect(Math.abs(logLoss(c.truth, c.scores) - (expected.logloss as number))).toBeLessThan(TOLERANCE);
    });
  });

  describe.each(cases.regression.map((c, i) => [c.name, c, i] as const))("regression: %s", (_name, c, index) => {
    const expected = oracle.regression[index] as Record<string, number>;
    it.each([
      ["rmse", rmse],
      ["mae", mae],
      ["mape", mape],
      ["smape", smape],
      ["r2", r2],
    ] as const)("%s", (name, metric) => {
      const want = expected[name] as number;
      expect(Math.abs(metric(c.truth, c.predicted) - want) / Math.max(1, Math.abs(want))).toBeLessThan(TOLERANCE);
    });
  });

  it("refuses ROC-AUC when the truth has one class, as scikit-learn does", () => {
    expect(() => rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toThrow(/only one class/);
  });

  it("refuses arrays of different lengths and empty input with a clear message", () => {
    expect(() => accuracy([1, 0], [1])).toThrow(/truth has 2 values but predictions have 1/);
    expect(() => rmse([], [])).toThrow(/no values/);
  });
});
