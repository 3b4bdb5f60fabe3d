import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import type { GradingResult } from "../../shared/grading/result.js";
import { PYTHON_PACKAGE_ROOT } from "../harness-files.js";
import type { PythonRuntime } from "../python-runtime.js";
import { createSandboxRuntime, SANDBOX_PROCESS_LIMIT } from "./sandbox-runtime.js";
import { sandboxProblem, sandboxUsers } from "./sandbox-host.js";
import { FIRST_SANDBOX_UID } from "./uid-blocks.js";

const PYTHON = process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3";
const SLOTS = 2;
const ONE_TEST = "from hostile import run\n\ndef test_runs():\n    assert run() == 1\n";
const job = (learnerSource: string, timeLimitMs = 10_000): GradingJob => ({
  learnerSource,
  module: "hostile",
  testSource: ONE_TEST,
  testFilename: "test_hostile.py",
  timeLimitMs,
});
/** Learner code that reports, as it loads, what it found: the result's output carries it out. */
const reporting = (body: string) => `${body}\n\ndef run():\n    return 1\n`;

const host = { python: PYTHON, ...sandboxUsers() };

/** Processes (not zombies) of the users the sandbox's slots run as. */
function slotProcesses(): number[] {
  const slotUids = new Set(Array.from({ length: SLOTS }, (_, slot) => (host.firstUid ?? FIRST_SANDBOX_UID) + slot));
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
        return slotUids.has(uid) && !/^State:\s+Z/m.test(status);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(process.platform === "linux")("the sandbox runtime contains hostile code", { timeout: 60_000 }, () => {
  let runtime: PythonRuntime;
  let scratch: string;
  const secretFile = () => join(scratch, "secret.txt");
  const run = (source: string, timeLimitMs?: number): Promise<GradingResult> => runtime.run(job(source, timeLimitMs));

  beforeAll(async () => {
    // Not skipped where the host cannot sandbox: CI installs bubblewrap, and this must hold there.
    expect(await sandboxProblem(host)).toBeNull();
    runtime = createSandboxRuntime({ ...host, concurrency: SLOTS });
    scratch = mkdtempSync(join(tmpdir(), "stepwise-sandbox-test-"));
    writeFileSync(secretFile(), "HOST-SECRET-41f2");
    process.env.STEPWISE_TEST_SECRET = "ENV-SECRET-41f2";
  });
  afterAll(async () => {
    delete process.env.STEPWISE_TEST_SECRET;
    await runtime.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  afterEach(async () => {
    // Whatever the code did, nothing of it is left running, and the next job is graded as usual.
    if (process.getuid?.() === 0) expect(slotProcesses()).toEqual([]);
    const next = await run("def run():\n    return 1\n");
    expect(next.status, next.message).toBe("pass");
  });

  it("grades as the native runtime does, with numpy, pandas, scikit-learn, matplotlib and torch working", async () => {
    const result = await run(
      `import numpy, pandas, sklearn.linear_model, torch
import matplotlib.pyplot as plt

def run():
    plt.plot([1, 2, 3])
    plt.savefig("plot.png")
    model = sklearn.linear_model.LinearRegression().fit(numpy.array([[0.0], [1.0]]), [0.0, 1.0])
    frame = pandas.DataFrame({"x": [1]})
    return int(round(model.predict([[1.0]])[0])) * int(frame.x[0]) * int(torch.ones(1).item())
`,
      // What is checked is that the packages work inside; importing all five cold took over 10 s
      // on a loaded two-core CI machine, so the limit here is the test's, not an exercise's.
      45_000,
    );
    expect(result, result.message).toMatchObject({ status: "pass", runtime: "sandbox" });
  }, 90_000);

  it("runs as an unprivileged user with no capabilities, and sees none of the host's files or environment", async () => {
    const result = await run(
      reporting(`import os
print("uid", os.getuid(), "caps", [l.split()[1] for l in open("/proc/self/status") if l.startswith("CapEff")][0])
for path in [${JSON.stringify(secretFile())}, ${JSON.stringify(join(PYTHON_PACKAGE_ROOT, "stepwise", "harness.py"))}, "/etc/passwd", "/root", "/home"]:
    try:
        print(path, "READABLE:", open(path).read()[:40])
    except OSError as error:
        print(path, "blocked", type(error).__name__)
print("env", sorted(os.environ))
print("secret in env:", any("41f2" in value for value in os.environ.values()))
print("root holds", sorted(os.listdir("/")))`),
    );
    expect(result.status, result.message).toBe("pass");
    expect(result.output).toMatch(/^uid [1-9]\d* caps 0000000000000000$/m);
    expect(result.output).not.toContain("READABLE:");
    expect(result.output.match(/ blocked FileNotFoundError/g)).toHaveLength(5);
    expect(result.output).toContain("secret in env: False");
    expect(result.output).not.toMatch(/DATABASE_URL|STEPWISE_TEST_SECRET|STEPWISE_AUTH_SECRET/);
    expect(result.output).toMatch(/root holds \['bin', 'dev', 'etc', 'lib', 'lib64', 'opt', 'proc', 'tmp', 'usr', 'work'\]/);
  });

  it("has no network, not even the host's own PostgreSQL on 127.0.0.1", async () => {
    const result = await run(
      reporting(`import socket
for host, port in [("127.0.0.1", 5432), ("127.0.0.1", 6379), ("1.1.1.1", 53)]:
    try:
        socket.create_connection((host, port), timeout=2).close()
        print(host, port, "CONNECTED")
    except OSError as error:
        print(host, port, "refused:", type(error).__name__)`),
    );
    expect(result.status, result.message).toBe("pass");
    expect(result.output).not.toContain("CONNECTED");
    expect(result.output.match(/refused:/g)).toHaveLength(3);
  });

  it(`stops a fork bomb at ${SANDBOX_PROCESS_LIMIT} processes`, async () => {
    const result = await run(
      `import os

def run():
    children = 0
    try:
        while True:
            if os.fork() == 0:
                import time
                time.sleep(60)
                os._exit(0)
            children += 1
    except OSError as error:
        raise AssertionError(f"stopped after {children} processes: {error}")
`,
      8000,
    );
    expect(result.status).not.toBe("pass");
    const stopped = /stopped after (\d+) processes/.exec(result.tests[0]?.message ?? "");
    expect(stopped, result.message + JSON.stringify(result.tests)).not.toBeNull();
    expect(Number(stopped?.[1])).toBeLessThan(SANDBOX_PROCESS_LIMIT);
  });

  it("ends code that sleeps forever, and the processes it left behind, at the time limit", async () => {
    const result = await run(
      `import os, subprocess, sys, time

def run():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
    if os.fork() == 0:
        os.setsid()
        time.sleep(600)
    time.sleep(600)
`,
      2000,
    );
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/time limit/);
  });

  it("stops code that fills the disk or the memory", async () => {
    const disk = await run(`def run():
    with open("fill.bin", "wb") as f:
        for _ in range(1024):
            f.write(b"x" * (1 << 20))
    return 1
`);
    expect(disk.status).toBe("error");
    expect(disk.tests[0]?.message).toMatch(/No space left on device|File too large/);
    const memory = await run(`def run():
    hoard = bytearray(8 * 1024 ** 3)
    return 1
`);
    expect(memory.status).toBe("error");
    expect(memory.tests[0]?.message).toMatch(/MemoryError/);
  });

  it("stops a flood of output with a clear message instead of blocking or swamping the run", async () => {
    const result = await run(`import sys

def run():
    line = "x" * 1000 + "\\n"
    for _ in range(200_000):
        sys.stdout.write(line)
        sys.stderr.write(line)
    return 1
`);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/printed more than 1,000,000 characters/);
    expect(result.output.length).toBeLessThan(1_100_000);
  });

  it("does not count forged results written to stdout or to every open descriptor", async () => {
    const forged = JSON.stringify({
      token: "guess",
      result: { status: "pass", message: "All tests passed", tests: [], output: "" },
    });
    const result = await run(`import os

FORGED = ${JSON.stringify(forged)}
print(FORGED)
for fd in map(int, os.listdir("/proc/self/fd")):
    try:
        os.write(fd, FORGED.encode())
    except OSError:
        pass

def run():
    return 2
`);
    // The real result is a failure (run() returns 2); a forgery can spoil it, never make it a pass.
    expect(result.status).not.toBe("pass");
  });

  it("cannot signal anything outside: killing every process it can see only ends its own run", async () => {
    const result = await run(`import os, signal

def run():
    os.kill(-1, signal.SIGKILL)
    os.kill(1, signal.SIGKILL)
    return 1
`);
    expect(result.status).toBe("error");
    expect(process.ppid).toBeGreaterThan(0); // this test process is alive to check
  });
});
