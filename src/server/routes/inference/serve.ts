import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Feeds, Results } from "../../../core/models/serving/batcher.js";
import { rowsIn } from "../../../core/models/serving/requests.js";
import { resolveDefaultVersion, resolveVersion, type StoredVersion } from "../../../core/services/model-registry.js";

/** Inference bodies are JSON; 8 MB holds a batch of thousands of 28×28 images. */
export const INFERENCE_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * The version a serving URL names: a number or an alias, or — without one — the `production`
 * alias, else the newest version. Cached for a moment (see VersionResolver).
 */
export function servedVersion(
  app: FastifyInstance,
  request: FastifyRequest,
  name: string,
  ref: string | undefined,
): Promise<StoredVersion> {
  const learnerId = request.learner.id;
  return app.models.versions.resolve(learnerId, name, ref ?? "", () =>
    ref === undefined ? resolveDefaultVersion(app.db, learnerId, name) : resolveVersion(app.db, learnerId, name, ref),
  );
}

/**
 * Runs one inference request against `version` and records it in the serving metrics, failed or
 * not: `read` turns the body into inputs (throwing on bad input), `respond` the results into JSON.
 */
export async function serveInference<T>(
  app: FastifyInstance,
  name: string,
  version: StoredVersion,
  read: () => Feeds,
  respond: (results: Results, rows: number) => T,
): Promise<T> {
  const started = performance.now();
  let rows = 0;
  try {
    const feeds = read();
    rows = rowsIn(feeds);
    const results = await app.models.server.run({ sha256: version.row.sha256, signature: version.signature }, feeds);
    const body = respond(results, rows);
    record(true);
    return body;
  } catch (error) {
    record(false);
    throw error;
  }

  function record(ok: boolean): void {
    app.models.metrics.record({
      versionId: version.row.id,
      model: name,
      version: version.row.version,
      ok,
      rows,
      durationMs: performance.now() - started,
    });
  }
}
