import type { StoredVersion } from "../../services/model-registry.js";

/**
 * How long a resolved version is reused. Serving resolves a name and a version or alias on every
 * request; asking the database each time would cost more than the inference. Every change is
 * announced to every instance, which then forgets (see model-serving's change notices); the time
 * limit only bounds how stale an answer can be while those announcements cannot arrive.
 */
const DEFAULT_TTL_MS = 1000;

interface Entry {
  readonly expires: number;
  readonly version: Promise<StoredVersion>;
}

/** A short-lived cache from (learner, model, version or alias) to the stored version serving it. */
export class VersionResolver {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = DEFAULT_TTL_MS) {}

  /** The cached answer for the key, or `resolve()`'s, kept for a moment; failures are not kept. */
  resolve(
    learnerId: string,
    model: string,
    ref: string,
    resolve: () => Promise<StoredVersion>,
    now = Date.now(),
  ): Promise<StoredVersion> {
    const key = `${learnerId}\n${model}\n${ref}`;
    const cached = this.entries.get(key);
    if (cached && cached.expires > now) return cached.version;
    const version = resolve();
    this.entries.set(key, { expires: now + this.ttlMs, version });
    version.catch(() => this.entries.delete(key));
    return version;
  }

  /** Forgets everything about one model (every model of the learner without `model`), after an upload, an alias move or a deletion. */
  invalidate(learnerId: string, model?: string): void {
    const prefix = model === undefined ? `${learnerId}\n` : `${learnerId}\n${model}\n`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  /** Forgets everything, when changes may have gone unannounced. */
  invalidateAll(): void {
    this.entries.clear();
  }
}
