import { afterAll, describe, expect, it } from "vitest";
import type { GradingJob } from "../shared/grading/grading-job.js";
import { auditedRun, testNamesIn, UNTRUSTED_REPORT } from "./audited-run.js";
import { createNativeRuntime } from "./native/native-runtime.js";

describe("reading a test file's tests outside the sandbox", () => {
  it("finds top-level test functions and TestCase methods, as the harness does, sorted", () => {
    const source = [
      "import unittest",
      "def helper():",
      "    def test_inner():",
      "        pass",
      "def test_b():",
      "    pass",
      "class Checks(unittest.TestCase):",
      "    def setUp(self):",
      "        pass",
      "    def test_one(self):",
      "        pass",
      "    def testTwo(self):",
      "        pass",
      "class NotTests:",
      "    def test_ignored(self):",
      "        pass",
      "def test_a ():",
      "    pass",
      "def test_b():",
      "    pass",
    ].join("\n");
    expect(testNamesIn(source)).toEqual(["Checks.testTwo", "Checks.test_one", "test_a", "test_b"]);
  });
});

describe("a run's report checked outside the sandbox", () => {
  const runtime = createNativeRuntime({ python: process.env.STEPWISE_PYTHON ?? "python3" });
  afterAll(() => runtime.close());
  const solution = "def dot(u, v):\n    return sum(a * b for a, b in zip(u, v))\n";
  const testSource = [
    "from dot_product import dot",
    "",
    "def test_pairs():",
    "    assert dot([1, 2], [3, 4]) == 11",
    "",
    "def test_empty():",
    "    assert dot([], []) == 0",
    "",
    "def test_negative():",
    "    assert dot([-1, 2], [3, -4]) == -11",
  ].join("\n");
  const visibleNames = testNamesIn(testSource);
  const run = (code: string) => {
    const job: GradingJob = {
      learnerSource: code,
      module: "dot_product",
      testSource,
      testFilename: "test_dot_product.py",
      timeLimitMs: 10_000,
    };
    return auditedRun(runtime, job);
  };

  /** Code that solves the exercise, then rewrites how the harness in its own process runs the tests. */
  const tampering = (replacement: string) =>
    [
      solution,
      "import sys",
      'harness = sys.modules["stepwise.harness"]',
      "original = harness._tests_in_file_order",
      "def forged(module, filename):",
      "    for name, test in original(module, filename):",
      replacement,
      "harness._tests_in_file_order = forged",
    ].join("\n");

  it("gives an honest pass back without its own check, with the file's tests and their count", async () => {
    const result = await run(solution);
    expect(result.status).toBe("pass");
    expect(result.tests.map((test) => test.name).sort()).toEqual(visibleNames);
    expect(result.message).toBe(`All ${visibleNames.length} tests passed.`);
  });

  it("counts an honest failure without its own check", async () => {
    const result = await run("def dot(u, v):\n    return 0\n");
    expect(result.status).toBe("fail");
    expect(result.tests).toHaveLength(visibleNames.length);
    expect(result.message).toMatch(new RegExp(`^\\d+ of ${visibleNames.length} passed, \\d+ failed\\.$`));
  });

  it("does not count code that makes every test pass, its own check included", async () => {
    const result = await run(tampering("        yield name, (lambda: None)"));
    expect(result.status).toBe("fail");
    expect(result.message).toBe(UNTRUSTED_REPORT);
  });

  it("does not count code that drops the tests it fails from the report", async () => {
    const dropFailing = [
      "        try:",
      "            test()",
      "        except BaseException:",
      "            continue",
      "        yield name, test",
    ];
    const result = await run(tampering(dropFailing.join("\n")));
    expect(result.status).toBe("fail");
    expect(result.message).toBe(UNTRUSTED_REPORT);
  });
});
