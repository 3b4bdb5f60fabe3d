import fp from "fastify-plugin";
import { collectDefaultMetrics, Registry } from "prom-client";

declare module "fastify" {
  interface FastifyInstance {
    /** This server's Prometheus metrics, served at GET /metrics. */
    readonly metrics: Registry;
  }
}

/** A Prometheus registry per server, with Node's process metrics (CPU, memory, event loop, GC). */
export const metricsPlugin = fp(
  async (app) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    app.decorate("metrics", registry);
    app.addHook("onClose", async () => registry.clear());
  },
  { name: "metrics" },
);
