import type { Exercise } from "../content/index.js";

/**
 * A short fingerprint of what an exercise notebook's test cell embeds: the module name and the
 * visible tests. A notebook records it (`metadata.stepwise.version`) so `stepwise test` can say when
 * the notebook's own test cell is older than the tests it grades with. FNV-1a (32-bit) over the
 * UTF-16 code units: stable across runtimes and free of Node built-ins, and a fingerprint, not a
 * security measure.
 */
export function exerciseVersion(exercise: Pick<Exercise, "module" | "tests">): string {
  const text = `${exercise.module}\u0000${exercise.tests.filename}\u0000${exercise.tests.source}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
