import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { findDraft } from "../../../core/db/exercise-drafts.repository.js";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { exerciseNotFound, ExerciseParamsSchema } from "../../../shared/api/exercises.js";
import { exerciseNotebook } from "../../../shared/notebooks/exercise-notebook.js";
import { sendNotebook } from "../notebook-reply.js";

const NotebookQuerySchema = z.object({
  code: z
    .enum(["draft", "starter"], { error: 'must be "draft" (your saved code, else the starter) or "starter"' })
    .default("draft")
    .describe("Which code goes in the notebook's exercise cell"),
});

export default async function exerciseNotebookRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.withTypeProvider<ZodTypeProvider>().get(
    "/api/exercises/:exerciseId/notebook",
    {
      schema: {
        summary:
          "The exercise as a Jupyter notebook (nbformat 4.5): instructions, your code or the starter, and a cell that runs the visible tests",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        querystring: NotebookQuerySchema,
        response: { 200: z.string().describe("application/x-ipynb+json"), 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = fastify.curriculum.exercisesById.get(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const draft = request.query.code === "draft" ? await findDraft(fastify.db, request.learner.id, exercise.id) : undefined;
      return sendNotebook(reply, exercise.id, exerciseNotebook(exercise, draft?.code ?? exercise.starter));
    },
  );
}
