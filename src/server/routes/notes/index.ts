import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { saveTopicNote } from "../../../core/db/topic-notes.repository.js";
import { ErrorResponseSchema, notFound, TopicIdParamsSchema } from "../../../shared/api/common.js";
import { NoteResponseSchema, SetNoteBodySchema } from "../../../shared/api/notes.js";

export default async function noteRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().put(
    "/api/notes/topics/:topicId",
    {
      schema: {
        summary: "Save the learner's private note on a topic (an empty text deletes it)",
        tags: ["notes"],
        params: TopicIdParamsSchema,
        body: SetNoteBodySchema,
        response: { 200: NoteResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const { topicId } = request.params;
      if (!app.curriculum.topicsById.has(topicId)) return reply.code(404).send(notFound(`There is no topic "${topicId}"`));
      const updatedAt = new Date().toISOString();
      await saveTopicNote(app.db, { userId: request.learner.id, topicId, text: request.body.text, updatedAt });
      return { topicId, text: request.body.text, updatedAt };
    },
  );
}
