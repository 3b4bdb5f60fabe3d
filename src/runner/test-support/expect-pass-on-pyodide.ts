import { expect } from "vitest";
import type { GradingJob } from "../../shared/grading/grading-job.js";
import { createPyodideRuntime } from "../pyodide/pyodide-runtime.js";

/** Runs `job` on a fresh Pyodide runtime (no snapshot) and expects every test to pass there. */
export async function expectPassOnPyodide(job: GradingJob): Promise<void> {
  const runtime = createPyodideRuntime({ workers: 1, snapshot: false });
  try {
    const result = await runtime.run(job);
    expect(result.runtime).toBe("pyodide");
    expect(result.status, result.tests[0]?.message ?? result.message).toBe("pass");
  } finally {
    await runtime.close();
  }
}
