import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { loadStatuses, saveTopicStatus } from "../../../core/db/topic-progress.repository.js";
import { ErrorResponseSchema, notFound, TopicIdParamsSchema } from "../../../shared/api/common.js";
import { learnerProgress } from "../../../core/services/progress-summary.js";
import { ProgressResponseSchema, SetStatusBodySchema, SetStatusResponseSchema } from "../../../shared/api/progress.js";

export default async function progressRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/progress",
    {
      schema: {
        summary: "Per-stage and overall progress, hours done and remaining, and every topic's status",
        tags: ["progress"],
        response: { 200: ProgressResponseSchema },
      },
    },
    async (request) => learnerProgress(app.curriculum, await loadStatuses(app.db, request.learner.id)),
  );

  app.put(
    "/api/progress/topics/:topicId",
    {
      schema: {
        summary: "Set the learner's status for a topic",
        tags: ["progress"],
        params: TopicIdParamsSchema,
        body: SetStatusBodySchema,
        response: { 200: SetStatusResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const { topicId } = request.params;
      if (!app.curriculum.topicsById.has(topicId)) return reply.code(404).send(notFound(`There is no topic "${topicId}"`));
      const updatedAt = new Date().toISOString();
      await saveTopicStatus(app.db, { userId: request.learner.id, topicId, status: request.body.status, updatedAt });
      return { topicId, status: request.body.status, updatedAt };
    },
  );
}
