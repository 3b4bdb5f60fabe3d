import { join } from "node:path";
import fp from "fastify-plugin";
import { directoryModelFileStore, type ModelFileStore } from "../../core/models/model-file-store.js";
import { ModelServer } from "../../core/models/serving/model-server.js";
import { ServingMetrics } from "../../core/models/serving/serving-metrics.js";
import { VersionResolver } from "../../core/models/serving/version-resolver.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Model files, the sessions serving them, and their metrics. */
    readonly models: {
      readonly store: ModelFileStore;
      readonly server: ModelServer;
      readonly metrics: ServingMetrics;
      readonly versions: VersionResolver;
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
    app.decorate("models", { store, server, metrics, versions: new VersionResolver() });
    app.addHook("onClose", async () => {
      await server.close();
      // Before the database closes (its plugin was registered first, so its hook runs after this one).
      await metrics.close();
    });
  },
  { name: "model-serving", dependencies: ["metrics", "database"] },
);
