import { tmpdir } from "node:os";
import { EXERCISE_PACKAGES, type ExercisePackage } from "../../shared/content/exercise-packages.js";
import { runPythonScript } from "./run-script.js";

/** Each package's version in an interpreter, or null when it is missing; everything null when Python itself fails. */
export type PackageVersions = Readonly<Record<ExercisePackage, string | null>>;

/** The name a package is imported by, where it differs from its distribution's. */
const IMPORT_NAMES: Partial<Record<ExercisePackage, string>> = { "scikit-learn": "sklearn" };

/**
 * Which of the exercises' packages `python` has, without importing them (torch takes seconds to
 * import): found on the path, with the distribution's version when its metadata says.
 */
export async function probePythonPackages(python: string): Promise<PackageVersions> {
  const names = Object.fromEntries(EXERCISE_PACKAGES.map((name) => [name, IMPORT_NAMES[name] ?? name]));
  const code = [
    "import importlib.metadata, importlib.util, json",
    `names = ${JSON.stringify(names)}`,
    "found = {}",
    "for dist, module in names.items():",
    "    if importlib.util.find_spec(module) is None:",
    "        found[dist] = None",
    "        continue",
    "    try:",
    "        found[dist] = importlib.metadata.version(dist)",
    "    except importlib.metadata.PackageNotFoundError:",
    '        found[dist] = "installed"',
    "print(json.dumps(found))",
  ].join("\n");
  const outcome = await runPythonScript({ python, code, cwd: tmpdir(), timeoutMs: 20_000 });
  const missing = Object.fromEntries(EXERCISE_PACKAGES.map((name) => [name, null])) as Record<ExercisePackage, null>;
  if (!outcome.ok) return missing;
  try {
    return { ...missing, ...(JSON.parse(outcome.stdout) as Partial<Record<ExercisePackage, string | null>>) };
  } catch {
    return missing;
  }
}
