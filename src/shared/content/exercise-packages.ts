/**
 * Third-party packages an exercise may need; anything else is standard library. `torch` has no
 * Pyodide build, so an exercise that requires it runs only on the learner's own Python.
 * Kept apart from the exercise file's schema so that the web app can read it without loading Zod.
 */
export const EXERCISE_PACKAGES = ["numpy", "pandas", "scikit-learn", "matplotlib", "torch"] as const;
export type ExercisePackage = (typeof EXERCISE_PACKAGES)[number];

/** Packages no browser runtime can load: exercises that require one run on the learner's own Python. */
export const NATIVE_ONLY_PACKAGES: readonly ExercisePackage[] = ["torch"];
