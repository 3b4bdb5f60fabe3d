import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPythonScript } from "../runner/native/run-script.js";

/** Validates each notebook text with nbformat's own schema; prints one JSON line of results. */
const VALIDATE = `
import json
try:
    import nbformat
except ImportError:
    print(json.dumps({"missing": True}))
    raise SystemExit(0)
with open(TEXTS, encoding="utf-8") as file:
    texts = json.load(file)
results = []
for text in texts:
    try:
        nbformat.validate(nbformat.reads(text, as_version=nbformat.NO_CONVERT))
        results.append(None)
    except Exception as error:
        path = ".".join(str(part) for part in getattr(error, "absolute_path", []))
        message = getattr(error, "message", None) or str(error).split("\\n")[0]
        results.append(f"{path or '(notebook)'}: {message}")
print(json.dumps({"results": results}))
`;

/**
 * Checks notebooks against nbformat's JSON schema with `python`'s nbformat (Debian's
 * python3-nbformat), in one process. Returns, per text, null when valid or the problem; a missing
 * nbformat or a failed run is a problem for every notebook, saying what to install.
 */
export async function checkWithNbformat(python: string, texts: readonly string[]): Promise<(string | null)[]> {
  if (texts.length === 0) return [];
  const work = mkdtempSync(join(tmpdir(), "stepwise-nbformat-"));
  try {
    const path = join(work, "texts.json");
    writeFileSync(path, JSON.stringify(texts));
    const outcome = await runPythonScript({
      python,
      code: `TEXTS = ${JSON.stringify(path)}\n${VALIDATE}`,
      cwd: work,
      timeoutMs: 60_000,
    });
    const last = outcome.stdout.trim().split("\n").at(-1) ?? "";
    let report: { missing?: boolean; results?: (string | null)[] } = {};
    try {
      report = JSON.parse(last) as typeof report;
    } catch {
      // Reported below as a failed check.
    }
    if (report.missing)
      return texts.map(
        () =>
          `cannot be checked against nbformat's schema: ${python} has no nbformat; install Debian's python3-nbformat (apt install python3-nbformat) or pip install nbformat`,
      );
    if (!outcome.ok || report.results?.length !== texts.length)
      return texts.map(() => `nbformat's check did not run with ${python}: ${outcome.problem ?? "no result"}`);
    return report.results.map((result) => (result === null ? null : `is not valid nbformat: ${result}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
