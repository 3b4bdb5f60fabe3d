import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PYODIDE_VERSION } from "../core/config.js";
import { PYTHON_PACKAGE_ROOT } from "../runner/harness-files.js";

/** What the native interpreter reports about itself: its version and the packages exercises use. */
const REPORT = `
import sys, importlib.metadata as metadata
print(sys.version)
for name in ("numpy", "pandas", "scikit-learn", "scipy", "matplotlib", "torch", "onnx"):
    try:
        print(name, metadata.version(name))
    except metadata.PackageNotFoundError:
        print(name, "-")
`;

/**
 * What identifies each runtime for the proof cache: the harness sources plus Pyodide's version,
 * or plus the native interpreter's version and its packages' (a newer scikit-learn can change a
 * result). An interpreter that cannot report gets a fresh random identity, so nothing is reused.
 */
export function runtimeEnvironments(python: string): Record<"pyodide" | "native", string> {
  const harness = createHash("sha256");
  const folder = join(PYTHON_PACKAGE_ROOT, "stepwise");
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith(".py"))
    .sort()) {
    harness.update(name).update(readFileSync(join(folder, name)));
  }
  const harnessHash = harness.digest("hex");
  let native: string;
  try {
    native = execFileSync(python, ["-I", "-c", REPORT], { encoding: "utf8", timeout: 30_000 });
  } catch {
    native = `unknown ${Date.now()} ${Math.random()}`;
  }
  return { pyodide: `${harnessHash}\npyodide ${PYODIDE_VERSION}`, native: `${harnessHash}\n${python}\n${native}` };
}
