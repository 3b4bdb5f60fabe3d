import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { GradingStatusResponseSchema, RetryGradingResponseSchema } from "../../../shared/api/admin.js";
import { listAccounts } from "../../../core/db/accounts.repository.js";
import { gradingBacklog, retryGivenUp } from "../../../core/services/grading-jobs/grading-backlog.js";
import { adminsOnly } from "./admins-only.js";

/** Administrators watch the grading queue — what waits, for how long, what was given up, which workers are alive — and send given-up attempts back. */
export default async function gradingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.get(
    "/api/admin/grading",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "The grading queue: attempts verifying, the oldest wait, dead letters, workers alive (administrators)",
        tags: ["admin"],
        response: { 200: GradingStatusResponseSchema, ...errors },
      },
    },
    async () => {
      const queue = app.grading;
      const [backlog, workers] = await Promise.all([gradingBacklog(app.db, new Date()), queue?.workers() ?? []]);
      return { enabled: queue !== null, backend: queue?.backend ?? null, ...backlog, givenUp: [...backlog.givenUp], workers };
    },
  );

  app.post(
    "/api/admin/grading/retry",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Queue every given-up (unverifiable) attempt again, once the host is fixed (administrators)",
        tags: ["admin"],
        response: { 200: RetryGradingResponseSchema, 409: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (!app.grading)
        return reply.code(409).send({
          statusCode: 409,
          error: "Conflict",
          message: "This Stepwise does not verify attempts (STEPWISE_SANDBOX is off), so there is no queue to send them to.",
        });
      const [actor] = await listAccounts(app.db, request.learner.id);
      const queued = await retryGivenUp(
        app.db,
        app.grading,
        { id: request.learner.id, name: actor?.name ?? "an administrator" },
        new Date(),
      );
      return { queued };
    },
  );
}
