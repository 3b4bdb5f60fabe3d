import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  ModelParamsSchema,
  ModelVersionParamsSchema,
  PredictBodySchema,
  PredictResponseSchema,
} from "../../../shared/api/models.js";
import { instancesToFeeds, resultsToPredictions } from "../../../core/models/serving/requests.js";
import { InferenceInputError } from "../../../core/models/serving/tensors.js";
import { RegistryError } from "../../../core/services/model-registry.js";
import { INFERENCE_BODY_LIMIT, servedVersion, serveInference } from "./serve.js";

const describeBody =
  "`instances`: one entry per example — the input's row for a one-input model, `{inputName: row}` for several.";

/**
 * Plain-JSON predictions, as the Flask tutorials serve them. The body is checked by hand rather
 * than by a schema validator: this route is the hot path a deployed model lives on.
 */
export default async function inferenceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const hotPath = {
    bodyLimit: INFERENCE_BODY_LIMIT,
    // Small answers where latency counts (see plugins/compression.ts).
    compress: false as const,
    // The schemas document the route; the handler checks the body itself, and JSON.stringify answers.
    validatorCompiler: () => (value: unknown) => ({ value }),
    serializerCompiler: () => (value: unknown) => JSON.stringify(value),
  };
  const fail = (reply: FastifyReply, error: unknown) => {
    if (error instanceof InferenceInputError)
      return reply.code(400).send({ statusCode: 400, error: "Bad Request", message: error.message });
    if (error instanceof RegistryError)
      return reply.code(error.status).send({ statusCode: error.status, error: "Not Found", message: error.message });
    throw error;
  };
  const predict = async (request: FastifyRequest, params: { name: string; version?: string }, reply: FastifyReply) => {
    const { name, version: ref } = params;
    try {
      const version = await servedVersion(app, request, name, ref);
      const instances = (request.body as { instances?: unknown } | null)?.instances;
      return await serveInference(
        app,
        name,
        version,
        () => instancesToFeeds(version.signature, instances),
        (results, rows) => ({
          predictions: resultsToPredictions(version.signature, results, rows),
          model: name,
          version: version.row.version,
        }),
      );
    } catch (error) {
      return fail(reply, error);
    }
  };

  app.post(
    "/api/models/:name/predict",
    {
      ...hotPath,
      schema: {
        summary: "Predict with the model's production version (or its newest, without that alias)",
        description: describeBody,
        tags: ["serving"],
        params: ModelParamsSchema,
        body: PredictBodySchema,
        response: { 200: PredictResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 413: ErrorResponseSchema },
      },
    },
    (request, reply) => predict(request, request.params, reply),
  );

  app.post(
    "/api/models/:name/versions/:version/predict",
    {
      ...hotPath,
      schema: {
        summary: "Predict with one version (a number or an alias)",
        description: describeBody,
        tags: ["serving"],
        params: ModelVersionParamsSchema,
        body: PredictBodySchema,
        response: { 200: PredictResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 413: ErrorResponseSchema },
      },
    },
    (request, reply) => predict(request, request.params, reply),
  );
}
