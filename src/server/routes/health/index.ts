import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";

const HealthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
});

export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      schema: {
        summary: "Is the server up and its database reachable?",
        tags: ["system"],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (request, reply) => {
      const base = { version: app.appVersion, database: app.dialect };
      try {
        await sql`select 1`.execute(app.db);
        return { status: "ok" as const, ...base };
      } catch (error) {
        request.log.error({ err: error }, "health check: database unreachable");
        return reply.code(503).send({ status: "unavailable" as const, ...base });
      }
    },
  );
}
