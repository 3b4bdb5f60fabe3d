import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import type { Exercise } from "../shared/content/index.js";
import { openProofCache, proofKey } from "./proof-cache.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-proof-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const exercise = (id: string): Exercise => {
  const found = testCurriculum().exercisesById.get(id);
  if (!found) throw new Error(`test setup: no exercise ${id}`);
  return found;
};

describe("the content check's proof cache", () => {
  it("keys a proof by everything it depends on", () => {
    const dot = exercise("dot-product");
    const key = proofKey(dot, "native", "python 3.11, numpy 1.24");
    expect(proofKey(dot, "native", "python 3.11, numpy 1.24")).toBe(key);
    for (const changed of [
      proofKey({ ...dot, solution: `${dot.solution}\n# edited\n` }, "native", "python 3.11, numpy 1.24"),
      proofKey({ ...dot, starter: `${dot.starter}\n` }, "native", "python 3.11, numpy 1.24"),
      proofKey({ ...dot, tests: { ...dot.tests, source: `${dot.tests.source}\n` } }, "native", "python 3.11, numpy 1.24"),
      proofKey(
        { ...dot, hiddenTests: { filename: "hidden_test_dot_product.py", source: "" } },
        "native",
        "python 3.11, numpy 1.24",
      ),
      proofKey({ ...dot, timeLimitMs: dot.timeLimitMs + 1 }, "native", "python 3.11, numpy 1.24"),
      proofKey(dot, "pyodide", "python 3.11, numpy 1.24"),
      proofKey(dot, "native", "python 3.11, numpy 2.1"),
    ]) {
      expect(changed).not.toBe(key);
    }
  });

  it("remembers what passed across runs, and forgets proofs the last run did not need", () => {
    const path = join(work, "proofs.json");
    const environments = { native: "python 3.11", pyodide: "pyodide 314" };
    const first = openProofCache(path, environments);
    expect(first.isProved(exercise("dot-product"), "native")).toBe(false);
    first.proved(exercise("dot-product"), "native");
    first.proved(exercise("bayes-rule"), "native");
    first.save();

    const second = openProofCache(path, environments);
    expect(second.isProved(exercise("dot-product"), "native")).toBe(true);
    expect(second.isProved(exercise("dot-product"), "pyodide")).toBe(false);
    expect(second.isProved({ ...exercise("dot-product"), solution: "def dot(u, v):\n    return 0\n" }, "native")).toBe(false);
    expect(second.hits).toBe(1);
    second.save();

    // bayes-rule was not looked at in the second run, so the third cannot reuse it.
    const third = openProofCache(path, environments);
    expect(third.isProved(exercise("bayes-rule"), "native")).toBe(false);
    expect(openProofCache(path, { ...environments, native: "python 3.12" }).isProved(exercise("dot-product"), "native")).toBe(
      false,
    );
    expect(openProofCache(path, environments, { reuse: false }).isProved(exercise("dot-product"), "native")).toBe(false);
  });

  it("treats a damaged file as an empty cache", () => {
    const path = join(work, "damaged.json");
    writeFileSync(path, "{not json");
    const cache = openProofCache(path, {});
    expect(cache.isProved(exercise("dot-product"), "native")).toBe(false);
    cache.proved(exercise("dot-product"), "native");
    cache.save();
    expect(openProofCache(path, {}).isProved(exercise("dot-product"), "native")).toBe(true);
  });
});
