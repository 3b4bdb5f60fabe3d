import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { projectNotFound, ProjectParamsSchema } from "../../../shared/api/projects.js";
import { projectNotebook } from "../../../shared/notebooks/project-notebook.js";
import { sendNotebook } from "../notebook-reply.js";

export default async function projectNotebookRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.withTypeProvider<ZodTypeProvider>().get(
    "/api/projects/:projectId/notebook",
    {
      schema: {
        summary:
          "The project as a Jupyter notebook (nbformat 4.5): the brief and steps, then the worked starter that trains a baseline and writes submission.csv",
        tags: ["projects"],
        params: ProjectParamsSchema,
        response: { 200: z.string().describe("application/x-ipynb+json"), 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = fastify.curriculum.projects.find((candidate) => candidate.id === request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      return sendNotebook(reply, project.id, projectNotebook(project));
    },
  );
}
