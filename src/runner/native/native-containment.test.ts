import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import type { PythonRuntime } from "../python-runtime.js";
import { createNativeRuntime } from "./native-runtime.js";

const ONE_TEST = "from escape import run\n\ndef test_runs():\n    assert run() == 1\n";
const job = (learnerSource: string, timeLimitMs = 10_000): GradingJob => ({
  learnerSource,
  module: "escape",
  testSource: ONE_TEST,
  testFilename: "test_escape.py",
  timeLimitMs,
});

/** A process is gone when the kernel no longer lists it, or lists it only as a zombie nobody reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/**
 * Learner code that starts a process in a new session (subprocess) and a daemon by double fork
 * and setsid, writes both process ids to `report`, then returns or loops forever.
 */
function escapingSource(report: string, then: "return" | "loop"): string {
  return `import os, subprocess, sys, time

def run():
    session = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True)
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            with open(${JSON.stringify(report)} + ".part", "w") as f:
                f.write(f"{session.pid} {os.getpid()}")
            os.rename(${JSON.stringify(report)} + ".part", ${JSON.stringify(report)})
            time.sleep(120)
        os._exit(0)
    while not os.path.exists(${JSON.stringify(report)}):
        time.sleep(0.01)
${then === "return" ? "    return 1" : "    while True:\n        pass"}
`;
}

describe.runIf(process.platform === "linux")("the native runtime keeps to itself", () => {
  let runtime: PythonRuntime;
  let scratch: string;
  beforeAll(() => {
    runtime = createNativeRuntime({ python: process.env.STEPWISE_PYTHON ?? "python3" });
    scratch = mkdtempSync(join(tmpdir(), "stepwise-containment-"));
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("runs in a fresh folder, stops a file at the size limit, and removes the folder afterwards", async () => {
    const report = join(scratch, "cwd");
    const source = `import os, tempfile

def run():
    with open(${JSON.stringify(report)}, "w") as f:
        f.write(os.getcwd())
    tempfile.NamedTemporaryFile(delete=False).close()
    os.makedirs("locked/inner")
    os.chmod("locked", 0)
    chunk = b"x" * (1 << 20)
    with open("big.bin", "wb") as f:
        for _ in range(20 * 1024):  # 20 GB
            f.write(chunk)
    return 1
`;
    const result = await runtime.run(job(source));
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/File too large/);
    const runFolder = readFileSync(report, "utf8");
    expect(runFolder).not.toBe(process.cwd());
    expect(runFolder.startsWith(tmpdir())).toBe(true);
    expect(existsSync(runFolder)).toBe(false);
    expect(existsSync(join(process.cwd(), "big.bin"))).toBe(false);
  });

  it("ends processes that left its process group once the tests are done", async () => {
    const report = join(scratch, "pids-done");
    const result = await runtime.run(job(escapingSource(report, "return")));
    expect(result.status, result.message).toBe("pass");
    const pids = readFileSync(report, "utf8").split(" ").map(Number);
    expect(pids).toHaveLength(2);
    expect(pids.filter(alive)).toEqual([]);
  });

  it("ends them at the time limit too", async () => {
    const report = join(scratch, "pids-timeout");
    const result = await runtime.run(job(escapingSource(report, "loop"), 3000));
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/time limit/);
    const pids = readFileSync(report, "utf8").split(" ").map(Number);
    expect(pids.filter(alive)).toEqual([]);
  });

  it("limits open files", async () => {
    const source = `def run():
    files = [open("/dev/null") for _ in range(5000)]
    return 1
`;
    const result = await runtime.run(job(source));
    expect(result.status).toBe("error");
    expect(result.tests[0]?.message).toMatch(/Too many open files/);
  });
});
