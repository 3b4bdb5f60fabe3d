import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../project-root.js";

const SCRIPT = fileURLToPath(new URL("./onnx_fixtures.py", import.meta.url));

export type OnnxFixture = "classifier" | "regressor" | "two-inputs" | "opset-99" | "external-data" | "sequence-output";

/**
 * Writes the test models (onnx_fixtures.py, standard-library Python) into a fresh folder and
 * returns a reader for their bytes. Any Python 3.10+ will do: the exporter needs no packages.
 */
export interface OnnxFixtures {
  readonly dir: string;
  read(name: OnnxFixture): Buffer;
}

export function writeOnnxFixtures(): OnnxFixtures {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-onnx-fixtures-"));
  execFileSync(process.env.STEPWISE_PYTHON ?? "python3", [SCRIPT, dir], {
    env: { ...process.env, PYTHONPATH: join(PROJECT_ROOT, "python") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { dir, read: (name) => readFileSync(join(dir, `${name}.onnx`)) };
}
