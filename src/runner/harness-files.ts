import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder holding the `stepwise` Python package (python/). */
export const PYTHON_PACKAGE_ROOT = fileURLToPath(new URL("../../python/", import.meta.url));

/** The harness package's files as {relative path: source}, for runtimes without a disk (Pyodide). */
export function harnessFiles(): Record<string, string> {
  const dir = new URL("../../python/stepwise/", import.meta.url);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    // run_native.py is the subprocess entry point; in-process hosts use host.py instead.
    if (name.endsWith(".py") && name !== "run_native.py") files[`stepwise/${name}`] = readFileSync(new URL(name, dir), "utf8");
  }
  return files;
}
