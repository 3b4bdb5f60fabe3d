import { join } from "node:path";
import fp from "fastify-plugin";
import { directoryModelFileStore, type ModelFileStore } from "../../core/models/model-file-store.js";
import { ModelServer } from "../../core/models/serving/model-server.js";
import { ServingMetrics } from "../../core/models/serving/serving-metrics.js";
import { VersionResolver } from "../../core/models/serving/version-resolver.js";
import { createChangeNotices } from "../../core/db/change-notices.js";
import { followModelChanges, MODEL_CHANGES_CHANNEL, type ModelChange } from "../../core/models/serving/model-changes.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Model files, the sessions serving them, and their metrics. */
    readonly models: {
      readonly store: ModelFileStore;
      readonly server: ModelServer;
      readonly metrics: ServingMetrics;
      readonly versions: VersionResolver;
      /**
       * Tells every instance that a learner's model changed (an upload, a deletion, an alias
       * moved; any of their models without `model`), so that each resolves its versions and
       * aliases afresh and frees a deleted version's session; call it once the change is committed.
       */
      changed(change: ModelChange): Promise<void>;
    };
  }
}

/** A batch runs at once when it holds this many examples, whatever the window. */
const MAX_BATCH_ROWS = 512;

/** The model registry's file store (`STEPWISE_DATA_DIR/models`) and the onnxruntime sessions that serve its versions. */
export const modelServingPlugin = fp(
  async (app) => {
    const store = directoryModelFileStore(join(app.config.dataDir, "models"));
    const server = new ModelServer(store, { batchWindowMs: app.config.batchWindowMs, maxBatchRows: MAX_BATCH_ROWS });
    const metrics = new ServingMetrics(app.metrics, app.db, {
      onFlushError: (error) =>
        app.log.warn({ err: error }, "could not store the model pages' serving minutes; the next flush tries again"),
    });
    const versions = new VersionResolver();
    // Several instances on one PostgreSQL hear each other's changes (LISTEN/NOTIFY); on SQLite there is one.
    const notices = createChangeNotices({
      databaseUrl: app.config.databaseUrl,
      channel: MODEL_CHANGES_CHANNEL,
      onConnectionLost: (error) =>
        app.log.warn(
          { err: error },
          "lost the connection that hears other instances' model changes; listening again in a second",
        ),
    });
    const announce = followModelChanges(notices, versions, (sha256) => server.release(sha256));
    app.decorate("models", {
      store,
      server,
      metrics,
      versions,
      changed: (change: ModelChange) => announce(app.db, change),
    });
    app.addHook("onClose", async () => {
      await notices.close();
      await server.close();
      // Before the database closes (its plugin was registered first, so its hook runs after this one).
      await metrics.close();
    });
  },
  { name: "model-serving", dependencies: ["metrics", "database"] },
);
