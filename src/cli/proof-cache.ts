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

/** A hash of a list of parts; the length goes before each part, so no two different lists hash alike. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}

/** The key of one proof: any change to the exercise, the runtime or its environment changes it. */
export function proofKey(exercise: Exercise, runtime: string, environment: string): string {
  return hashParts([
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
  ]);
}

/**
 * A set of proof keys kept in a JSON file, for any check that can skip work it proved before.
 * A missing or unreadable file is an empty set. Without `reuse`, nothing counts as proved and the
 * file is rewritten with this run's proofs.
 */
export interface KeyCache {
  has(key: string): boolean;
  add(key: string): void;
  /** Writes this run's keys to disk (atomically: a crash leaves the old file). */
  save(): void;
  /** How many keys were found in this run. */
  readonly hits: number;
}

/** Opens the key file at `path`; see KeyCache. */
export function openKeyCache(path: string, options: { readonly reuse: boolean } = { reuse: true }): KeyCache {
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
  return {
    has(key) {
      const found = options.reuse && known.has(key);
      if (found) {
        hits += 1;
        used.add(key);
      }
      return found;
    },
    add(key) {
      used.add(key);
    },
    save() {
      // Only this run's proofs are kept, so keys of changed or deleted content do not pile up.
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

/**
 * Opens the exercise proof file at `path`; `environments` maps a runtime name to what identifies
 * it (the harness sources and the interpreter's and packages' versions).
 */
export function openProofCache(
  path: string,
  environments: Readonly<Record<string, string>>,
  options: { readonly reuse: boolean } = { reuse: true },
): ProofCache {
  const keys = openKeyCache(path, options);
  const key = (exercise: Exercise, runtime: string) => proofKey(exercise, runtime, environments[runtime] ?? "");
  return {
    isProved: (exercise, runtime) => keys.has(key(exercise, runtime)),
    proved: (exercise, runtime) => keys.add(key(exercise, runtime)),
    save: () => keys.save(),
    get hits() {
      return keys.hits;
    },
  };
}
