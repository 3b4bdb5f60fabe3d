import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Stage } from "../../../shared/content/index.js";
import { ErrorResponseSchema, notFound } from "../../../shared/api/common.js";
import { viewerOf } from "../../accounts/viewer.js";
import { loadLearnerState, presentStage } from "../../presenters/stage-presenter.js";
import { StageParamsSchema, StageResponseSchema } from "../../../shared/api/stages.js";

const link = (stage: Stage | undefined) => (stage ? { id: stage.id, order: stage.order, title: stage.title } : null);

export default async function stageRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/stages/:stageId",
    {
      schema: {
        summary: "One stage: outcomes, resources, topics with statuses, and progress",
        tags: ["roadmap"],
        params: StageParamsSchema,
        response: { 200: StageResponseSchema, 404: ErrorResponseSchema },
      },
      config: { publicArea: "curriculum" },
    },
    async (request, reply) => {
      const { stages } = app.curriculum;
      const index = stages.findIndex((stage) => stage.id === request.params.stageId);
      const stage = stages[index];
      if (!stage) return reply.code(404).send(notFound(`There is no stage "${request.params.stageId}"`));
      const state = await loadLearnerState(app.db, viewerOf(request)?.id ?? null);
      return {
        ...presentStage(stage, state),
        outcomes: [...stage.outcomes],
        stageCount: stages.length,
        previous: link(stages[index - 1]),
        next: link(stages[index + 1]),
      };
    },
  );
}
