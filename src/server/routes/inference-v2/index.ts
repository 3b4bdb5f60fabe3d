import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ModelParamsSchema, ModelVersionParamsSchema, TensorSpecSchema } from "../../../shared/api/models.js";
import { inferOutputs, readInferRequest } from "../../../core/models/serving/requests.js";
import { InferenceInputError } from "../../../core/models/serving/tensors.js";
import { getModel, RegistryError, type StoredVersion } from "../../../core/services/model-registry.js";
import { INFERENCE_BODY_LIMIT, servedVersion, serveInference } from "../inference/serve.js";
import { requestLine } from "../../plugins/error-handler.js";

/** The Open Inference Protocol's platform name for ONNX models. */
const PLATFORM = "onnx_onnxv1";

const OipErrorSchema = z.object({ error: z.string() });
const MetadataSchema = z.object({
  name: z.string(),
  versions: z.array(z.string()),
  platform: z.string(),
  inputs: z.array(TensorSpecSchema),
  outputs: z.array(TensorSpecSchema),
});
const ReadySchema = z.object({ name: z.string(), ready: z.boolean() });
const InferTensorSchema = z.object({
  name: z.string(),
  shape: z.array(z.number().int()),
  datatype: z.string(),
  data: z.array(z.unknown()).describe("Row-major values, flat or nested"),
});
const InferBodySchema = z.object({
  id: z.string().optional(),
  inputs: z.array(InferTensorSchema),
  outputs: z
    .array(z.object({ name: z.string() }))
    .optional()
    .describe("Only these outputs; all when absent"),
});
const InferResponseSchema = z.object({
  model_name: z.string(),
  model_version: z.string(),
  id: z.string().optional(),
  outputs: z.array(InferTensorSchema),
});

type VersionParams = { name: string; version?: string };

/** Every error the protocol's routes give is `{"error": "..."}`, with the HTTP status saying what kind. */
function oipError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof InferenceInputError) return reply.code(400).send({ error: error.message });
  if (error instanceof RegistryError) return reply.code(error.status).send({ error: error.message });
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return reply
      .code(413)
      .send({ error: `The request is larger than ${INFERENCE_BODY_LIMIT / 1024 / 1024} MB; send fewer rows at a time.` });
  }
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError) {
    return reply.code(400).send({ error: `The request body is not valid JSON: ${error.message}` });
  }
  const status = error.statusCode ?? 500;
  if (status < 500) return reply.code(status).send({ error: error.message || (STATUS_CODES[status] ?? "Bad request") });
  request.log.error({ err: error, ...requestLine(request) }, "inference request failed");
  return reply.code(500).send({ error: "The server failed to run the model; the error has been logged." });
}

/**
 * The Open Inference Protocol v2 (REST) that KServe, Triton and MLServer speak, so a client written
 * for them calls a Stepwise model unchanged. An alias works wherever a version does.
 */
export default async function inferenceV2Routes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.setErrorHandler(oipError);
  const tags = ["open inference protocol"];

  const metadata = async (request: FastifyRequest, version: StoredVersion, name: string) => {
    const model = await getModel(app.db, request.learner.id, name);
    return {
      name,
      versions: (model?.versions ?? []).map((entry) => String(entry.row.version)).reverse(),
      platform: PLATFORM,
      inputs: version.signature.inputs,
      outputs: version.signature.outputs,
    };
  };
  const ready = async (version: StoredVersion, name: string) => {
    try {
      await app.models.server.warm({ sha256: version.row.sha256, signature: version.signature });
      return { name, ready: true };
    } catch (error) {
      app.log.error({ err: error, model: name, version: version.row.version }, "model version cannot load");
      return { name, ready: false };
    }
  };
  const infer = async (request: FastifyRequest, params: VersionParams) => {
    const version = await servedVersion(app, request, params.name, params.version);
    let asked: ReturnType<typeof readInferRequest> | undefined;
    return serveInference(
      app,
      params.name,
      version,
      () => {
        asked = readInferRequest(version.signature, request.body);
        return asked.feeds;
      },
      (results) => ({
        model_name: params.name,
        model_version: String(version.row.version),
        ...(asked?.id === undefined ? {} : { id: asked.id }),
        outputs: inferOutputs(version.signature, results, asked?.outputs ?? []),
      }),
    );
  };
  const hotPath = {
    bodyLimit: INFERENCE_BODY_LIMIT,
    // Small answers where latency counts (see plugins/compression.ts).
    compress: false as const,
    validatorCompiler: () => (value: unknown) => ({ value }),
    serializerCompiler: () => (value: unknown) => JSON.stringify(value),
  };

  app.get("/v2", { schema: { summary: "Server metadata", tags } }, async () => ({
    name: "stepwise",
    version: app.appVersion,
    extensions: [] as string[],
  }));
  app.get("/v2/health/live", { schema: { summary: "Is the server live?", tags } }, async () => ({ live: true }));
  app.get("/v2/health/ready", { schema: { summary: "Is the server ready to serve?", tags } }, async () => ({ ready: true }));

  app.get(
    "/v2/models/:name",
    {
      schema: {
        summary: "Model metadata (production alias, else newest version)",
        tags,
        params: ModelParamsSchema,
        response: { 200: MetadataSchema, 404: OipErrorSchema },
      },
    },
    async (request) => metadata(request, await servedVersion(app, request, request.params.name, undefined), request.params.name),
  );
  app.get(
    "/v2/models/:name/versions/:version",
    {
      schema: {
        summary: "Metadata of a version or alias",
        tags,
        params: ModelVersionParamsSchema,
        response: { 200: MetadataSchema, 404: OipErrorSchema },
      },
    },
    async (request) =>
      metadata(request, await servedVersion(app, request, request.params.name, request.params.version), request.params.name),
  );
  app.get(
    "/v2/models/:name/ready",
    {
      schema: {
        summary: "Is the model loaded and ready?",
        tags,
        params: ModelParamsSchema,
        response: { 200: ReadySchema, 404: OipErrorSchema },
      },
    },
    async (request) => ready(await servedVersion(app, request, request.params.name, undefined), request.params.name),
  );
  app.get(
    "/v2/models/:name/versions/:version/ready",
    {
      schema: {
        summary: "Is this version loaded and ready?",
        tags,
        params: ModelVersionParamsSchema,
        response: { 200: ReadySchema, 404: OipErrorSchema },
      },
    },
    async (request) => ready(await servedVersion(app, request, request.params.name, request.params.version), request.params.name),
  );
  app.post(
    "/v2/models/:name/infer",
    {
      ...hotPath,
      schema: {
        summary: "Run the model (production alias, else newest version)",
        tags,
        params: ModelParamsSchema,
        body: InferBodySchema,
        response: { 200: InferResponseSchema, 400: OipErrorSchema, 404: OipErrorSchema, 413: OipErrorSchema },
      },
    },
    (request) => infer(request, request.params),
  );
  app.post(
    "/v2/models/:name/versions/:version/infer",
    {
      ...hotPath,
      schema: {
        summary: "Run a version or alias",
        tags,
        params: ModelVersionParamsSchema,
        body: InferBodySchema,
        response: { 200: InferResponseSchema, 400: OipErrorSchema, 404: OipErrorSchema, 413: OipErrorSchema },
      },
    },
    (request) => infer(request, request.params),
  );
}
