import type { ExercisePackage } from "../content/exercise-packages.js";

/**
 * How to give an interpreter a package. Stepwise runs Python isolated (-I), which ignores packages
 * installed with pip --user, so the hint installs into the interpreter itself (a virtual
 * environment's pip) or from Debian's packages.
 */
export function installHint(python: string, name: ExercisePackage): string {
  const debian: Record<ExercisePackage, string> = {
    numpy: "python3-numpy",
    pandas: "python3-pandas",
    "scikit-learn": "python3-sklearn",
    matplotlib: "python3-matplotlib",
    torch: "python3-torch",
  };
  return `${python} -m pip install ${name} (Debian or Ubuntu: sudo apt install ${debian[name]})`;
}
