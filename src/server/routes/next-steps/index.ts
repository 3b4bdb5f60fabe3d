import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { learnerNextSteps } from "../../../core/services/next-steps.js";
import { NextStepsResponseSchema } from "../../../shared/api/next-steps.js";

export default async function nextStepsRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.withTypeProvider<ZodTypeProvider>().get(
    "/api/next",
    {
      schema: {
        summary: "Continue where you left off: an unfinished exercise, reviews due, the next topic",
        tags: ["progress"],
        response: { 200: NextStepsResponseSchema },
      },
    },
    async (request) => ({ steps: await learnerNextSteps(fastify.db, fastify.curriculum, request.learner.id, new Date()) }),
  );
}
