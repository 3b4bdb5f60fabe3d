import fp from "fastify-plugin";
import { DatasetDownloads } from "../../core/datasets/download/dataset-downloads.js";

declare module "fastify" {
  interface FastifyInstance {
    /** On-demand datasets: their download state, and the converted CSV once ready. */
    readonly datasetDownloads: DatasetDownloads;
  }
}

/** One download service per server, so every request sees (and joins) the same running downloads. */
export const datasetDownloadsPlugin = fp(
  async (app) => {
    const downloads = new DatasetDownloads({ dataDir: app.config.dataDir, mirror: app.config.datasetMirror });
    app.decorate("datasetDownloads", downloads);
    // Stop transfers on shutdown; the part files stay and the next start resumes them.
    app.addHook("onClose", () => downloads.close());
  },
  { name: "dataset-downloads" },
);
