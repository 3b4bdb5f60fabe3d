import { spawnSync } from "node:child_process";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

/** Python that reads a notebook on stdin and validates it with nbformat's own JSON schema. */
const VALIDATE = `
import json, sys, nbformat
text = sys.stdin.read()
nbformat.validate(nbformat.reads(text, as_version=4))`;

/** Then runs its code cells in one namespace, as a kernel would. */
const RUN = `
namespace = {"__name__": "__main__"}
for cell in json.loads(text)["cells"]:
    if cell["cell_type"] == "code":
        exec(compile("".join(cell["source"]), "<cell>", "exec"), namespace)`;

function python(script: string, notebookJson: string): string {
  const result = spawnSync(PYTHON, ["-c", script], { input: notebookJson, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`the notebook did not validate or run: ${result.stderr}`);
  return result.stdout;
}

/** Throws with nbformat's message unless the notebook is valid nbformat (for tests). */
export function validateNotebook(notebookJson: string): void {
  python(VALIDATE, notebookJson);
}

/** Validates a notebook with nbformat, then runs its code cells as a kernel would; returns what they printed (for tests). */
export function validateAndRunNotebook(notebookJson: string): string {
  return python(VALIDATE + RUN, notebookJson);
}
