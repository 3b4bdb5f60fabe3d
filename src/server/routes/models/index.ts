import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  AliasBodySchema,
  AliasResponseSchema,
  CardBodySchema,
  ModelAliasParamsSchema,
  ModelCardSchema,
  ModelListResponseSchema,
  ModelParamsSchema,
  ModelResponseSchema,
  ModelVersionParamsSchema,
  UploadResponseSchema,
  UploadVersionQuerySchema,
  VersionMetricsResponseSchema,
} from "../../../shared/api/models.js";
import { buildSelfHostBundle } from "../../../core/models/bundle/build-self-host-bundle.js";
import { ModelFileError } from "../../../core/models/onnx-structure.js";
import {
  editCard,
  getModel,
  listLearnerModels,
  moveAlias,
  RegistryError,
  removeAlias,
  removeVersion,
  resolveVersion,
  uploadVersion,
} from "../../../core/services/model-registry.js";
import { presentModel, presentModelSummary, presentVersion } from "./presenters.js";

const STATUS_NAMES = { 400: "Bad Request", 404: "Not Found", 409: "Conflict", 413: "Payload Too Large" } as const;
const failure = (status: keyof typeof STATUS_NAMES, message: string) => ({
  statusCode: status,
  error: STATUS_NAMES[status],
  message,
});

export default async function modelRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const maxBytes = app.config.modelMaxBytes;
  const megabytes = maxBytes / 1024 / 1024;
  const tooLarge = `Model files may be at most ${megabytes >= 1 ? Math.round(megabytes) : megabytes.toFixed(2)} MB here (STEPWISE_MODEL_MAX_MB). Export a smaller model, or raise the setting.`;
  // Both only in this plugin: the rest of the API keeps answering other bodies with 415.
  app.addContentTypeParser("application/octet-stream", { parseAs: "buffer", bodyLimit: maxBytes }, (_request, body, done) =>
    done(null, body),
  );
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5 } });

  const refuse = (reply: FastifyReply, error: unknown) => {
    if (error instanceof RegistryError) return reply.code(error.status).send(failure(error.status, error.message));
    if (error instanceof ModelFileError) return reply.code(400).send(failure(400, error.message));
    throw error;
  };
  const versionNumber = (reply: FastifyReply, version: string): number | undefined => {
    if (/^[1-9]\d{0,8}$/.test(version)) return Number(version);
    void reply.code(400).send(failure(400, `"${version}" is not a version number; versions are 1, 2, 3 …`));
    return undefined;
  };

  /** The uploaded file's bytes and name, from a raw body or a multipart `file` field. */
  async function readUpload(request: FastifyRequest): Promise<{ bytes: Uint8Array; fileName: string | null } | string> {
    if (!request.isMultipart()) {
      const body = request.body;
      if (!(body instanceof Buffer))
        return "Send the .onnx file as the body with Content-Type: application/octet-stream, or as a multipart field named file.";
      return { bytes: body, fileName: (request.query as { fileName?: string }).fileName ?? null };
    }
    const part = await request.file();
    if (!part || part.fieldname !== "file") return "The multipart upload needs the model in a field named file.";
    return { bytes: await part.toBuffer(), fileName: part.filename || null };
  }

  app.get(
    "/api/models",
    {
      schema: {
        summary: "Your models, most recently changed first",
        tags: ["models"],
        response: { 200: ModelListResponseSchema },
      },
    },
    async (request) => ({ models: (await listLearnerModels(app.db, request.learner.id)).map(presentModelSummary) }),
  );

  app.get(
    "/api/models/:name",
    {
      schema: {
        summary: "One model: its versions (newest first) with signatures and cards, and its aliases",
        tags: ["models"],
        params: ModelParamsSchema,
        response: { 200: ModelResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const model = await getModel(app.db, request.learner.id, request.params.name);
      if (!model)
        return reply
          .code(404)
          .send(failure(404, `You have no model named "${request.params.name}". GET /api/models lists yours.`));
      return presentModel(model);
    },
  );

  app.post(
    "/api/models/:name/versions",
    {
      bodyLimit: maxBytes,
      schema: {
        summary: "Upload an ONNX file as the model's next version (the model is created on its first upload)",
        description:
          "The body is the .onnx file (Content-Type: application/octet-stream), or a multipart form with the file in a field named `file` (send an X-Requested-With header with it). The file is checked before anything is stored: it must parse as ONNX with every weight inside it, and onnxruntime must load it.",
        tags: ["models"],
        params: ModelParamsSchema,
        querystring: UploadVersionQuerySchema,
        response: { 201: UploadResponseSchema, 400: ErrorResponseSchema, 413: ErrorResponseSchema },
      },
      errorHandler: (error, _request, reply) => {
        const code = (error as { code?: string }).code;
        if (code === "FST_ERR_CTP_BODY_TOO_LARGE" || code === "FST_REQ_FILE_TOO_LARGE")
          return reply.code(413).send(failure(413, tooLarge));
        throw error;
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      if (typeof upload === "string") return reply.code(400).send(failure(400, upload));
      try {
        const { model, version } = await uploadVersion(
          { db: app.db, store: app.models.store },
          request.learner.id,
          request.params.name,
          upload.bytes,
          upload.fileName,
        );
        await app.models.changed({ learnerId: request.learner.id, model: request.params.name });
        return reply.code(201).send({ model: presentModel(model), version });
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.delete(
    "/api/models/:name/versions/:version",
    {
      schema: {
        summary: "Delete a version (not one an alias points at)",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        response: { 204: z.null(), 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const version = versionNumber(reply, request.params.version);
      if (version === undefined) return reply;
      try {
        const stored = await resolveVersion(app.db, request.learner.id, request.params.name, String(version));
        await removeVersion({ db: app.db, store: app.models.store }, request.learner.id, request.params.name, version);
        app.models.metrics.forget(stored.row.id, request.params.name, version);
        await app.models.changed({ learnerId: request.learner.id, model: request.params.name, releasedFile: stored.row.sha256 });
        return reply.code(204).send(null);
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.put(
    "/api/models/:name/aliases/:alias",
    {
      schema: {
        summary: "Point an alias (production, staging …) at a version; it moves in one step",
        tags: ["models"],
        params: ModelAliasParamsSchema,
        body: AliasBodySchema,
        response: { 200: AliasResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        const version = await moveAlias(
          app.db,
          request.learner.id,
          request.params.name,
          request.params.alias,
          request.body.version,
        );
        await app.models.changed({ learnerId: request.learner.id, model: request.params.name });
        return { alias: request.params.alias, version };
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.delete(
    "/api/models/:name/aliases/:alias",
    {
      schema: {
        summary: "Remove an alias",
        tags: ["models"],
        params: ModelAliasParamsSchema,
        response: { 204: z.null(), 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        await removeAlias(app.db, request.learner.id, request.params.name, request.params.alias);
        await app.models.changed({ learnerId: request.learner.id, model: request.params.name });
        return reply.code(204).send(null);
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.put(
    "/api/models/:name/versions/:version/card",
    {
      schema: {
        summary: "Edit a version's model card: the fields you send change, the others stay",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        body: CardBodySchema,
        response: { 200: ModelCardSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const version = versionNumber(reply, request.params.version);
      if (version === undefined) return reply;
      try {
        return await editCard(app.db, request.learner.id, request.params.name, version, request.body);
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/models/:name/versions/:version",
    {
      schema: {
        summary: "One version (a number or an alias): signature, card, aliases",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        response: { 200: ModelResponseSchema.shape.versions.element, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        return presentVersion(await resolveVersion(app.db, request.learner.id, request.params.name, request.params.version));
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/models/:name/versions/:version/file",
    {
      schema: {
        summary: "Download a version's ONNX file",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        response: { 200: z.unknown().describe("The .onnx file"), 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        const version = await resolveVersion(app.db, request.learner.id, request.params.name, request.params.version);
        const bytes = await app.models.store.read(version.row.sha256);
        return reply
          .header("content-type", "application/octet-stream")
          .header("content-disposition", `attachment; filename="${request.params.name}-v${version.row.version}.onnx"`)
          .send(Buffer.from(bytes));
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/models/:name/versions/:version/bundle",
    {
      schema: {
        summary: "Download a self-host bundle of a version: Flask app, Dockerfile, Triton repository, KServe service (zip)",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        response: { 200: z.unknown().describe("A zip archive"), 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        const version = await resolveVersion(app.db, request.learner.id, request.params.name, request.params.version);
        const bundle = await buildSelfHostBundle({
          name: request.params.name,
          version: version.row.version,
          onnx: await app.models.store.read(version.row.sha256),
          signature: version.signature,
          card: version.card,
          stepwiseVersion: app.appVersion,
        });
        return reply
          .header("content-type", "application/zip")
          .header("content-disposition", `attachment; filename="${request.params.name}-v${version.row.version}.zip"`)
          .send(Buffer.from(bundle));
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/models/:name/versions/:version/metrics",
    {
      schema: {
        summary: "The last hour of a version's traffic, minute by minute: requests, failures, p50 and p95 latency",
        tags: ["models"],
        params: ModelVersionParamsSchema,
        response: { 200: VersionMetricsResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        const version = await resolveVersion(app.db, request.learner.id, request.params.name, request.params.version);
        const number = version.row.version;
        return {
          model: request.params.name,
          version: number,
          minutes: await app.models.metrics.lastHour(version.row.id),
        };
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );
}
