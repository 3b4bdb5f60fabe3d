import { describe, expect, it } from "vitest";
import { MetricError } from "./classification.js";
import { meanReciprocalRank, recallAtK, type RankedQuery } from "./retrieval.js";

const query = (relevant: string[], ranked: string[]): RankedQuery => ({ relevant: new Set(relevant), ranked });

// Worked by hand:
//   q1: relevant {a, b}; ranked c a d b e   -> first relevant at 2 (RR 1/2); top-3 holds a (recall@3 1/2), top-5 a and b (1)
//   q2: relevant {x};    ranked x y z       -> RR 1; recall@1 = recall@3 = 1
//   q3: relevant {m, n, o}; ranked p q r    -> RR 0; recall 0
//   q4: relevant {s};    ranked t t s       -> the repeated t counts once, so s is 2nd: RR 1/2; recall@2 1, recall@1 0
const QUERIES = [
  query(["a", "b"], ["c", "a", "d", "b", "e"]),
  query(["x"], ["x", "y", "z"]),
  query(["m", "n", "o"], ["p", "q", "r"]),
  query(["s"], ["t", "t", "s"]),
];

describe("retrieval metrics, against a table worked by hand", () => {
  it("computes recall@k as the mean share of each query's relevant documents in its top k", () => {
    expect(recallAtK(QUERIES, 1)).toBeCloseTo((0 + 1 + 0 + 0) / 4, 12);
    expect(recallAtK(QUERIES, 2)).toBeCloseTo((0.5 + 1 + 0 + 1) / 4, 12);
    expect(recallAtK(QUERIES, 3)).toBeCloseTo((0.5 + 1 + 0 + 1) / 4, 12);
    expect(recallAtK(QUERIES, 5)).toBeCloseTo((1 + 1 + 0 + 1) / 4, 12);
    expect(recallAtK(QUERIES, 10)).toBeCloseTo(0.75, 12);
  });

  it("computes MRR from the first relevant document's place, 0 when none is ranked", () => {
    expect(meanReciprocalRank(QUERIES)).toBeCloseTo((1 / 2 + 1 + 0 + 1 / 2) / 4, 12);
    expect(meanReciprocalRank([query(["a"], [])])).toBe(0);
  });

  it("refuses what it cannot score, saying why", () => {
    expect(() => recallAtK([], 10)).toThrow(MetricError);
    expect(() => recallAtK([query([], ["a"])], 10)).toThrow(/query 1 has no relevant documents/);
    expect(() => recallAtK(QUERIES, 0)).toThrow(/k must be a whole number of at least 1, got 0/);
    expect(() => meanReciprocalRank([query(["a"], ["a"]), query([], [])])).toThrow(/query 2 has no relevant/);
  });
});
