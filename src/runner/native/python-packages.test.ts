import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { probePythonPackages } from "./python-packages.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const work = mkdtempSync(join(tmpdir(), "stepwise-packages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("probePythonPackages", () => {
  it("finds the scientific packages of the Python that CI installs them for, with their versions", async () => {
    const found = await probePythonPackages(PYTHON);
    expect(found.numpy).toMatch(/^\d+\.\d+/);
    expect(found["scikit-learn"]).toMatch(/^\d+\.\d+/);
  });

  it("reports every package missing from a Python without site-packages, and from one that does not start", async () => {
    // The same real interpreter, started with -S: no site-packages, so no numpy.
    const bare = join(work, "bare-python");
    writeFileSync(bare, `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
    chmodSync(bare, 0o755);
    expect(await probePythonPackages(bare)).toEqual({
      numpy: null,
      pandas: null,
      "scikit-learn": null,
      matplotlib: null,
      torch: null,
    });
    expect((await probePythonPackages(join(work, "no-such-python"))).numpy).toBeNull();
  });
});
