import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ProgressExportSchema } from "../../../shared/progress/progress-export.js";
import { loadStatuses, saveTopicStatus } from "../../../core/db/topic-progress.repository.js";
import { ErrorResponseSchema, notFound, TopicIdParamsSchema } from "../../../shared/api/common.js";
import { learnerProgress } from "../../../core/services/progress-summary.js";
import { applyImport, exportProgress, findUnknownTopic } from "../../../core/services/progress-transfer.js";
import {
  ImportQuerySchema,
  ImportResponseSchema,
  ProgressResponseSchema,
  SetStatusBodySchema,
  SetStatusResponseSchema,
} from "../../../shared/api/progress.js";

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

  app.get(
    "/api/progress/export",
    {
      schema: {
        summary: "Download the learner's statuses and notes as one JSON document",
        tags: ["progress"],
        response: { 200: ProgressExportSchema },
      },
    },
    async (request, reply) => {
      const document = await exportProgress(app.db, request.learner.id, new Date());
      const day = document.exportedAt.slice(0, 10);
      return reply.header("Content-Disposition", `attachment; filename="stepwise-progress-${day}.json"`).send(document);
    },
  );

  app.post(
    "/api/progress/import",
    {
      // Notes of every topic at the maximum length fit well inside 4 MB.
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        summary: "Restore statuses and notes from an export; checked completely before anything changes",
        tags: ["progress"],
        querystring: ImportQuerySchema,
        body: ProgressExportSchema,
        response: { 200: ImportResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const unknown = findUnknownTopic(app.curriculum, request.body);
      if (unknown !== undefined) {
        return reply.code(400).send({
          statusCode: 400,
          error: "Bad Request",
          message: `body.topics.${unknown}: no topic has this id in this roadmap; remove it from the file and import again. Nothing was changed.`,
        });
      }
      return applyImport(app.db, request.learner.id, request.body, request.query.mode, new Date());
    },
  );
}
