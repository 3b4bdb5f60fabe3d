import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { loadStatuses } from "../../db/topic-progress.repository.js";
import { presentStage } from "../../presenters/stage-presenter.js";
import { summarize } from "../../services/progress-summary.js";
import { RoadmapResponseSchema } from "../../../shared/api/roadmap.js";

export default async function roadmapRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/roadmap",
    {
      schema: {
        summary: "The nine stages in order, their topics, resources and the learner's progress",
        tags: ["roadmap"],
        response: { 200: RoadmapResponseSchema },
      },
    },
    async (request) => {
      const { curriculum } = app;
      const statuses = await loadStatuses(app.db, request.learner.id);
      const allTopics = [...curriculum.topicsById.values()];
      return {
        title: curriculum.title,
        summary: curriculum.summary,
        source: curriculum.source,
        estimatedHours: allTopics.reduce((sum, topic) => sum + topic.estimatedHours, 0),
        progress: summarize(allTopics, statuses),
        stages: curriculum.stages.map((stage) => presentStage(stage, statuses)),
      };
    },
  );
}
