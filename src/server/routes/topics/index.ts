import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Topic } from "../../../shared/content/index.js";
import { findTopicNote } from "../../../core/db/topic-notes.repository.js";
import { findTopicProgress } from "../../../core/db/topic-progress.repository.js";
import { viewerOf } from "../../accounts/viewer.js";
import { exerciseCount, loadLearnerState } from "../../presenters/stage-presenter.js";
import { ErrorResponseSchema, notFound, TopicIdParamsSchema } from "../../../shared/api/common.js";
import { statusOf } from "../../../core/services/progress-summary.js";
import { TopicResponseSchema } from "../../../shared/api/topics.js";

const link = (topic: Topic | undefined) => (topic ? { id: topic.id, title: topic.title } : null);

export default async function topicRoutes(app: FastifyInstance): Promise<void> {
  // Roadmap order, for previous/next links across stage boundaries.
  const ordered = app.curriculum.stages.flatMap((stage) => stage.topics);

  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/topics/:topicId",
    {
      schema: {
        summary: "One topic: lesson, resources, the learner's status and private note",
        tags: ["roadmap"],
        params: TopicIdParamsSchema,
        response: { 200: TopicResponseSchema, 404: ErrorResponseSchema },
      },
      config: { publicArea: "curriculum" },
    },
    async (request, reply) => {
      const { topicId } = request.params;
      const topic = app.curriculum.topicsById.get(topicId);
      if (!topic) return reply.code(404).send(notFound(`There is no topic "${topicId}"`));
      const stage = app.curriculum.stages.find((candidate) => candidate.id === topic.stageId);
      if (!stage) throw new Error(`topic ${topic.id} names stage ${topic.stageId}, which was not loaded`);
      const userId = viewerOf(request)?.id ?? null;
      const [{ statuses, solved }, progress, note] = await Promise.all([
        loadLearnerState(app.db, userId),
        userId === null ? undefined : findTopicProgress(app.db, userId, topicId),
        userId === null ? undefined : findTopicNote(app.db, userId, topicId),
      ]);
      const index = ordered.indexOf(topic);
      return {
        id: topic.id,
        title: topic.title,
        summary: topic.summary,
        estimatedHours: topic.estimatedHours,
        stage: { id: stage.id, order: stage.order, title: stage.title },
        prerequisites: topic.prerequisites.map((id) => ({
          id,
          title: app.curriculum.topicsById.get(id)?.title ?? id,
          status: statusOf(statuses, id),
        })),
        lesson: { html: topic.lesson.html, wordCount: topic.lesson.wordCount },
        resources: [...topic.resources],
        stageResources: [...stage.resources],
        status: statusOf(statuses, topicId),
        exercises: topic.exerciseIds.flatMap((id) => {
          const exercise = app.curriculum.exercisesById.get(id);
          return exercise
            ? [
                {
                  id,
                  title: exercise.title,
                  difficulty: exercise.difficulty,
                  requires: [...exercise.requires],
                  solved: solved.has(id),
                },
              ]
            : [];
        }),
        exerciseCount: exerciseCount(topic.exerciseIds, solved),
        projects: app.curriculum.projects
          .filter((project) => project.topic === topicId)
          .map((project) => ({ id: project.id, title: project.title, summary: project.summary })),
        statusUpdatedAt: progress?.updated_at ?? null,
        note: { text: note?.text ?? "", updatedAt: note?.updated_at ?? null },
        previous: link(ordered[index - 1]),
        next: link(ordered[index + 1]),
      };
    },
  );
}
