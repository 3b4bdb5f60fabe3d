import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ProgressExport, ProgressExportSchema } from "../../../shared/progress/progress-export.js";
import { loadStatuses, saveTopicStatus } from "../../../core/db/topic-progress.repository.js";
import { ErrorResponseSchema, notFound, TopicIdParamsSchema } from "../../../shared/api/common.js";
import { learnerProgress } from "../../../core/services/progress-summary.js";
import { listBackups } from "../../../core/db/progress-backups.repository.js";
import {
  applyImport,
  exportProgress,
  findUnknownTopic,
  previewImport,
  restoreBackup,
} from "../../../core/services/progress-transfer.js";
import {
  BackupListResponseSchema,
  BackupParamsSchema,
  ImportPreviewResponseSchema,
  ImportQuerySchema,
  ImportResponseSchema,
  ProgressResponseSchema,
  SetStatusBodySchema,
  SetStatusResponseSchema,
} from "../../../shared/api/progress.js";

// Notes of every topic at the maximum length fit well inside 4 MB.
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

export default async function progressRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  /** Checked before anything is written (or counted), so an import is all or nothing. */
  const unknownTopicProblem = (document: ProgressExport) => {
    const unknown = findUnknownTopic(app.curriculum, document);
    return unknown === undefined
      ? null
      : {
          statusCode: 400,
          error: "Bad Request",
          message: `body.topics.${unknown}: no topic has this id in this roadmap; remove it from the file and import again. Nothing was changed.`,
        };
  };

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
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: "Restore statuses and notes from an export; checked completely before anything changes",
        tags: ["progress"],
        querystring: ImportQuerySchema,
        body: ProgressExportSchema,
        response: { 200: ImportResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const problem = unknownTopicProblem(request.body);
      if (problem) return reply.code(400).send(problem);
      return applyImport(app.db, request.learner.id, request.body, request.query.mode, new Date());
    },
  );

  app.post(
    "/api/progress/import/preview",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: "What an import would add, change and remove, per kind, without changing anything",
        tags: ["progress"],
        querystring: ImportQuerySchema,
        body: ProgressExportSchema,
        response: { 200: ImportPreviewResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const problem = unknownTopicProblem(request.body);
      if (problem) return reply.code(400).send(problem);
      return previewImport(app.db, request.learner.id, request.body, request.query.mode);
    },
  );

  app.get(
    "/api/progress/backups",
    {
      schema: {
        summary: "The automatic backups taken before each import, newest first (the last 10 are kept)",
        tags: ["progress"],
        response: { 200: BackupListResponseSchema },
      },
    },
    async (request) => ({
      backups: (await listBackups(app.db, request.learner.id)).map((row) => {
        const topics = Object.values((JSON.parse(row.document_json) as ProgressExport).topics);
        return {
          id: row.id,
          createdAt: row.created_at,
          reason: row.reason,
          statuses: topics.filter((entry) => entry.status !== undefined).length,
          notes: topics.filter((entry) => entry.note !== undefined).length,
        };
      }),
    }),
  );

  app.post(
    "/api/progress/backups/:backupId/restore",
    {
      schema: {
        summary: "Make your statuses and notes what a backup holds (your progress now is backed up first)",
        tags: ["progress"],
        params: BackupParamsSchema,
        body: z.strictObject({}),
        response: { 200: ImportResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) =>
      (await restoreBackup(app.db, request.learner.id, request.params.backupId, new Date())) ??
      reply.code(404).send({
        statusCode: 404,
        error: "Not Found",
        message: `There is no backup "${request.params.backupId}"; GET /api/progress/backups lists yours.`,
      }),
  );
}
