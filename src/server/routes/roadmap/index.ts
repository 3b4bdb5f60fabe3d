import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { loadLearnerState, presentStage } from "../../presenters/stage-presenter.js";
import { viewerOf } from "../../accounts/viewer.js";
import { summarize } from "../../../core/services/progress-summary.js";
import { RoadmapResponseSchema } from "../../../shared/api/roadmap.js";

export default async function roadmapRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/roadmap",
    {
      schema: {
        summary:
          "The stages in order (the roadmap's nine, then the one beyond it), their topics, resources and the learner's progress",
        tags: ["roadmap"],
        response: { 200: RoadmapResponseSchema },
      },
      config: { publicArea: "curriculum" },
    },
    async (request) => {
      const { curriculum } = app;
      const state = await loadLearnerState(app.db, viewerOf(request)?.id ?? null);
      const allTopics = [...curriculum.topicsById.values()];
      return {
        title: curriculum.title,
        summary: curriculum.summary,
        source: curriculum.source,
        estimatedHours: allTopics.reduce((sum, topic) => sum + topic.estimatedHours, 0),
        progress: summarize(allTopics, state.statuses),
        stages: curriculum.stages.map((stage) => presentStage(stage, state)),
      };
    },
  );
}
