import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { gatherLearnerEvidence } from "../../../core/services/learner-evidence.js";
import { ReadinessResponseSchema } from "../../../shared/api/readiness.js";
import { evaluateReadiness } from "../../../shared/readiness/evaluate-readiness.js";

export default async function readinessRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.withTypeProvider<ZodTypeProvider>().get(
    "/api/readiness",
    {
      schema: {
        summary: "The FAQ's essential skills and every stage outcome, each checked against the learner's own work",
        tags: ["progress"],
        response: { 200: ReadinessResponseSchema },
      },
    },
    async (request) =>
      evaluateReadiness(fastify.curriculum, await gatherLearnerEvidence(fastify.db, fastify.curriculum, request.learner.id)),
  );
}
