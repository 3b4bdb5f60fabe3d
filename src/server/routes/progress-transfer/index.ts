import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listBackups } from "../../../core/db/progress-backups.repository.js";
import { describeBackup, restoreBackup } from "../../../core/services/progress-transfer/backups.js";
import { exportProgress } from "../../../core/services/progress-transfer/export-progress.js";
import {
  type ArrivingModelFiles,
  type ImportDeps,
  ImportRefused,
  importProgress,
  previewImport,
} from "../../../core/services/progress-transfer/import-progress.js";
import { buildProgressZip, readProgressZip } from "../../../core/services/progress-transfer/progress-zip.js";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  BackupListResponseSchema,
  BackupParamsSchema,
  ImportPreviewResponseSchema,
  ImportQuerySchema,
  ImportResponseSchema,
} from "../../../shared/api/progress.js";
import { type ImportDocument, ImportFileSchema, ProgressExportSchema } from "../../../shared/progress/progress-export.js";

// A JSON export holds code, results and submitted files as text: years of work fit in 64 MB.
const JSON_BODY_LIMIT = 64 * 2 ** 20;
// A zip export also carries model files (each at most the model size limit).
const ZIP_BODY_LIMIT = 1024 * 2 ** 20;
const ZIP_TYPES = ["application/zip", "application/x-zip-compressed"];

const badRequest = (message: string) => ({ statusCode: 400, error: "Bad Request", message });

/**
 * Export and import of everything a learner has done, and the automatic backups every import
 * takes. Import takes the JSON export or the zip one (with model files); it is checked completely
 * before anything changes and applied in one transaction.
 */
export default async function progressTransferRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = (): ImportDeps => ({ db: app.db, curriculum: app.curriculum, store: app.models.store });
  // Model files that came in a zip, kept aside while the body is validated as the document inside it.
  const arrivingFiles = new WeakMap<FastifyRequest, ArrivingModelFiles>();

  app.addContentTypeParser(ZIP_TYPES, { parseAs: "buffer", bodyLimit: ZIP_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  app.addHook("preValidation", async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) return;
    try {
      const { document, arriving } = readProgressZip(request.body, ZIP_BODY_LIMIT * 4);
      arrivingFiles.set(request, arriving);
      request.body = document;
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      return reply.code(400).send(badRequest(error.message));
    }
  });

  /** Runs an import step, answering a refused file with a 400 that lists its problems. */
  const refusedAs400 = async <T>(reply: FastifyReply, step: () => Promise<T>): Promise<T | FastifyReply> => {
    try {
      return await step();
    } catch (error) {
      if (error instanceof ImportRefused) return reply.code(400).send(badRequest(error.message));
      throw error;
    }
  };

  app.get(
    "/api/progress/export",
    {
      schema: {
        summary: "Download everything you have done as one JSON document (model files: use export.zip)",
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

  app.get(
    "/api/progress/export.zip",
    {
      schema: {
        summary: "Download everything, model files included: the JSON document and models/<sha256>.onnx in one zip",
        tags: ["progress"],
      },
    },
    async (request, reply) => {
      const document = await exportProgress(app.db, request.learner.id, new Date());
      const zip = await buildProgressZip(document, app.models.store);
      return reply
        .type("application/zip")
        .header("Content-Disposition", `attachment; filename="stepwise-progress-${document.exportedAt.slice(0, 10)}.zip"`)
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );

  const importSchema = (summary: string, response: z.ZodType) => ({
    summary,
    tags: ["progress"],
    querystring: ImportQuerySchema,
    body: ImportFileSchema,
    response: { 200: response, 400: ErrorResponseSchema },
  });

  app.post(
    "/api/progress/import",
    {
      bodyLimit: JSON_BODY_LIMIT,
      schema: importSchema(
        "Restore an export (JSON, or the zip with model files); checked completely before anything changes",
        ImportResponseSchema,
      ),
    },
    async (request, reply) => {
      const file = request.body as ImportDocument;
      return refusedAs400(reply, async () => {
        const result = await importProgress(deps(), request.learner.id, file, request.query.mode, {
          now: new Date(),
          source: "file",
          reason: `before importing a file (${request.query.mode})`,
          arriving: arrivingFiles.get(request),
        });
        // A replacing import may also have removed models the file does not hold.
        await app.models.changed({ learnerId: request.learner.id });
        return result;
      });
    },
  );

  app.post(
    "/api/progress/import/preview",
    {
      bodyLimit: JSON_BODY_LIMIT,
      schema: importSchema(
        "What an import would add, change and remove, kind by kind, without changing anything",
        ImportPreviewResponseSchema,
      ),
    },
    async (request, reply) =>
      refusedAs400(reply, () =>
        previewImport(deps(), request.learner.id, request.body as ImportDocument, request.query.mode, arrivingFiles.get(request)),
      ),
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
    async (request) => ({ backups: (await listBackups(app.db, request.learner.id)).map(describeBackup) }),
  );

  app.post(
    "/api/progress/backups/:backupId/restore",
    {
      schema: {
        summary: "Make everything what a backup holds (what you have now is backed up first)",
        tags: ["progress"],
        params: BackupParamsSchema,
        body: z.strictObject({}),
        response: { 200: ImportResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const restored = await refusedAs400(reply, async () => {
        const result = await restoreBackup(deps(), request.learner.id, request.params.backupId, new Date());
        // The learner's models are now the backup's.
        if (result) await app.models.changed({ learnerId: request.learner.id });
        return result;
      });
      return (
        restored ??
        reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no backup "${request.params.backupId}"; GET /api/progress/backups lists yours.`,
        })
      );
    },
  );
}
