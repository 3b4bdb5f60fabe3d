import type { FastifyInstance } from "fastify";

/** Prometheus's text format: per model version the nv_inference_* metrics, and Node's process metrics. */
export default async function metricsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/metrics",
    { schema: { summary: "Metrics in Prometheus's text format", tags: ["serving"] } },
    async (_request, reply) => reply.header("content-type", app.metrics.contentType).send(await app.metrics.metrics()),
  );
}
