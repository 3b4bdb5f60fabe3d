import { describe, expect, it } from "vitest";
import { bm25Index, tokenize } from "./bm25.js";

describe("BM25", () => {
  it("tokenizes to lower-case letters and digits", () => {
    expect(tokenize("Cross-validation's k=5, Über-Model!")).toEqual(["cross", "validation", "s", "k", "5", "über", "model"]);
  });

  it("scores a three-document corpus as worked by hand", () => {
    // N = 3; "cat" is in d1 and d3 (n = 2): idf = ln(1 + 1.5/2.5) = ln 1.6 = 0.470004.
    // "dog" is in d2 only (n = 1): idf = ln(1 + 2.5/1.5) = ln(8/3) = 0.980829. Lengths 2, 3, 4; avgdl = 3.
    // Query "cat": d1 (tf 1, |d| 2): 0.470004·2.5/(1 + 1.5·(0.25 + 0.75·2/3)) = 0.470004·2.5/2.125 = 0.552946;
    // d3 (tf 2, |d| 4): 0.470004·2·2.5/(2 + 1.5·(0.25 + 1)) = 2.35002/3.875 = 0.606457. So d3 first, then d1.
    const index = bm25Index([
      { id: "d1", text: "cat sat" },
      { id: "d2", text: "dog ran far" },
      { id: "d3", text: "cat and cat play" },
    ]);
    expect(index.search("cat", 10)).toEqual(["d3", "d1"]);
    // "dog cat": d2 scores idf(dog)·2.5/(1 + 1.5·1) = 0.980829 — above d3's 0.606457 and d1's 0.552946.
    expect(index.search("dog cat", 10)).toEqual(["d2", "d3", "d1"]);
    expect(index.search("dog cat", 2)).toEqual(["d2", "d3"]);
  });

  it("leaves out documents sharing no term and breaks ties by corpus order", () => {
    const index = bm25Index([
      { id: "a", text: "alpha beta" },
      { id: "b", text: "gamma" },
      { id: "c", text: "alpha beta" },
    ]);
    expect(index.search("alpha", 10)).toEqual(["a", "c"]);
    expect(index.search("zeta", 10)).toEqual([]);
  });

  it("lets b = 0 ignore document length", () => {
    const docs = [
      { id: "short", text: "topic" },
      { id: "long", text: "topic words words words words words words" },
    ];
    expect(bm25Index(docs).search("topic", 2)).toEqual(["short", "long"]);
    // With no length penalty both score the same, and the tie goes to the earlier document.
    expect(bm25Index([...docs].reverse(), { b: 0 }).search("topic", 2)).toEqual(["long", "short"]);
  });
});
