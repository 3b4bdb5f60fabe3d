import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GradingResult } from "../shared/grading/result.js";
import { createNativeRuntime } from "./native/native-runtime.js";
import type { GradingJob } from "../shared/grading/grading-job.js";
import type { PythonRuntime } from "./python-runtime.js";
import { createPyodideRuntime } from "./pyodide/pyodide-runtime.js";
import { createSandboxRuntime } from "./sandbox/sandbox-runtime.js";
import { sandboxUsers } from "./sandbox/sandbox-host.js";

const TIME_LIMIT_MS = 1500;
/** What "within the time limit + 1 s" allows, measured from the caller's side. */
const DEADLINE_MS = TIME_LIMIT_MS + 1000;

const TESTS = `
from adder import add

def test_adds_small_numbers():
    assert add(2, 3) == 5

def test_adds_negative_numbers():
    assert add(-2, -3) == -5
`;
const CORRECT = "def add(a, b):\n    return a + b\n";

const job = (learnerSource: string): GradingJob => ({
  learnerSource,
  module: "adder",
  testSource: TESTS,
  testFilename: "test_adder.py",
  timeLimitMs: TIME_LIMIT_MS,
});

const RUNTIMES: Record<"native" | "pyodide" | "sandbox", () => PythonRuntime> = {
  native: () => createNativeRuntime({ python: process.env.STEPWISE_PYTHON ?? "python3" }),
  pyodide: () => createPyodideRuntime({ workers: 1 }),
  sandbox: () => createSandboxRuntime({ python: process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3", ...sandboxUsers() }),
};

describe.each(["native", "pyodide", "sandbox"] as const)("the %s runtime", (name) => {
  let runtime: PythonRuntime;
  beforeAll(async () => {
    runtime = RUNTIMES[name]();
    await runtime.run(job(CORRECT)); // warm up, so timings below measure runs, not start-up
  }, 60_000);
  afterAll(() => runtime.close());

  /** Runs `source`, checks it ends in time, then checks the next run works normally. */
  async function runThenRecover(source: string): Promise<GradingResult> {
    const started = performance.now();
    const result = await runtime.run(job(source));
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS);
    const next = await runtime.run(job(CORRECT));
    expect(next.status, `the run after ${JSON.stringify(source.slice(0, 40))} should pass: ${next.message}`).toBe("pass");
    return result;
  }

  it("passes correct code and reports every test in file order", async () => {
    const result = await runtime.run(job(CORRECT));
    expect(result).toMatchObject({ status: "pass", runtime: name, message: "All 2 tests passed." });
    expect(result.tests.map((test) => [test.name, test.status])).toEqual([
      ["test_adds_small_numbers", "pass"],
      ["test_adds_negative_numbers", "pass"],
    ]);
  });

  it("shows both values of a failed comparison and what the test printed", async () => {
    const result = await runtime.run(job("def add(a, b):\n    print('adding', a, b)\n    return a - b\n"));
    expect(result.status).toBe("fail");
    expect(result.tests[0]).toMatchObject({ status: "fail", output: "adding 2 3\n" });
    expect(result.tests[0]?.message).toBe("assert add(2, 3) == 5\n  left:  -1\n  right: 5");
  });

  it("stops an infinite loop at the time limit", async () => {
    const result = await runThenRecover("def add(a, b):\n    while True:\n        pass\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/time limit/);
  });

  it("stops an infinite loop at import time too", async () => {
    const result = await runThenRecover("while True:\n    pass\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/time limit/);
  });

  it("reports infinite recursion as an error with a hint", async () => {
    const result = await runThenRecover("def add(a, b):\n    return add(a, b)\n");
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/RecursionError.*base case/s);
  });

  it("survives deep recursion inside C code (json.loads of 100,000 nested lists)", async () => {
    const source = "import json\n\ndef add(a, b):\n    json.loads('[' * 100_000 + ']' * 100_000)\n    return a + b + 1\n";
    const result = await runThenRecover(source);
    // CPython's C recursion guard raises RecursionError (native, sandbox); Pyodide's big worker stack parses it,
    // and the off-by-one answer then fails. Either way the interpreter lives and it never passes.
    expect(result.status).not.toBe("pass");
    expect(result.tests.length).toBe(2);
    if (name === "pyodide") expect(result.tests[0]?.message).toMatch(/left: {2}6/);
    else expect(result.tests[0]?.message).toMatch(/RecursionError/);
  });

  it("reports an attempt to allocate 10 GB as an error", async () => {
    const result = await runThenRecover("def add(a, b):\n    block = bytearray(10 * 1024 ** 3)\n    return a + b\n");
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/MemoryError|OverflowError/);
  });

  it("stops a run that prints 100 MB", async () => {
    const result = await runThenRecover(
      "def add(a, b):\n    for _ in range(100_000):\n        print('x' * 1000)\n    return a + b\n",
    );
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/printed more than 1,000,000 characters/);
  });

  it("caps a test's captured output at 2,000 characters and says so", async () => {
    const result = await runtime.run(job("def add(a, b):\n    print('y' * 5000)\n    return a + b\n"));
    expect(result.status).toBe("pass");
    expect(result.tests[0]?.output.startsWith("y".repeat(2000))).toBe(true);
    expect(result.tests[0]?.output).toMatch(/output cut: 3,001 more characters/);
  });

  it("reports sys.exit(0) as an error, never a pass", async () => {
    const result = await runThenRecover("import sys\n\ndef add(a, b):\n    sys.exit(0)\n");
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/sys\.exit/);
  });

  it("reports os._exit(0) — results that never arrive — as an error", async () => {
    const result = await runThenRecover("import os\n\ndef add(a, b):\n    os._exit(0)\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/os\._exit|before (the tests could report|reporting) results/);
  });

  it("answers input() with an error instead of waiting", async () => {
    const result = await runThenRecover("def add(a, b):\n    return int(input('number? '))\n");
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/input\(\)/);
  });

  it("reports a syntax error with its line and a caret", async () => {
    const result = await runThenRecover("def add(a, b)\n    return a + b\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/syntax error on line 1 of adder\.py/);
    expect(result.message).toContain("def add(a, b)\n                 ^");
  });

  it("refuses 1 MB of source with a clear message", async () => {
    const result = await runThenRecover(`${CORRECT}# ${"x".repeat(1_000_000)}\n`);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/limit is 200 KB/);
  });

  it("cannot be fooled by a fake result printed to stdout", async () => {
    const fake = JSON.stringify({ status: "pass", message: "All tests passed.", tests: [], output: "", durationMs: 1 });
    const result = await runtime.run(
      job(
        `import os, sys\nprint(${JSON.stringify(fake)})\nsys.__stdout__.write(${JSON.stringify(fake)})\ndef add(a, b):\n    return 0\n`,
      ),
    );
    expect(result.status).toBe("fail");
  });

  it("does not let a value from the learner's code decide that it equals the answer", async () => {
    const alwaysEqual =
      "class Anything:\n    def __eq__(self, other):\n        return True\n\ndef add(a, b):\n    return Anything()\n";
    const result = await runtime.run(job(alwaysEqual));
    expect(result.status).toBe("fail");
    expect(result.tests[0]?.message).toMatch(
      /^assert add\(2, 3\) == 5\n {2}a value from your code decides this comparison itself/,
    );
    // A class of the learner's that compares without its own __eq__ (here: int's) is a plain answer.
    const subclass = "class Total(int):\n    pass\n\ndef add(a, b):\n    return Total(a + b)\n";
    expect((await runtime.run(job(subclass))).status).toBe("pass");
  });

  it("gives each run a fresh module and a fresh random seed", async () => {
    const counter =
      "import random\ncalls = []\ndef add(a, b):\n    calls.append(1)\n    print(len(calls), random.random())\n    return a + b\n";
    const first = await runtime.run(job(counter));
    const second = await runtime.run(job(counter));
    expect(first.tests[0]?.output).toMatch(/^1 /);
    expect(second.tests[0]?.output).toMatch(/^1 /);
    expect(first.tests[0]?.output).not.toBe(second.tests[0]?.output);
  });
  it("writes the job's data files beside the code, for this run only", async () => {
    const readsData = (dataFiles: GradingJob["dataFiles"]): GradingJob => ({
      ...job(CORRECT),
      testSource: `import os\n\ndef test_reads_the_data_file():\n    with open("scores.csv") as f:\n        assert f.read() == "name,score\\nada,3\\n"\n`,
      testFilename: "test_data.py",
      ...(dataFiles ? { dataFiles } : {}),
    });
    const withFile = await runtime.run(readsData([{ name: "scores.csv", text: "name,score\nada,3\n" }]));
    expect(withFile.status, withFile.message).toBe("pass");
    // The next run starts clean: a file from an earlier run is not there.
    const without = await runtime.run(readsData(undefined));
    expect(without.status).toBe("error"); // an exception in a test, not a failed assert
    expect(without.tests[0]?.message).toMatch(/No such file or directory: 'scores.csv'/);
  });

  it("refuses a data file name with a folder in it", async () => {
    const result = await runtime.run({ ...job(CORRECT), dataFiles: [{ name: "../escape.csv", text: "x" }] });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/plain file name/);
  });
});
