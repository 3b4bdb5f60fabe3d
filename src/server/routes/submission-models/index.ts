import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import type { ModelCheck, PredictResponse } from "../../../shared/api/index.js";
import { LinkModelBodySchema, ModelCheckSchema, SubmissionParamsSchema } from "../../../shared/api/projects.js";
import {
  findSubmissionPredictions,
  listSubmissionModels,
  listSubmissions,
  saveSubmissionModel,
} from "../../../core/db/project-submissions.repository.js";
import { prepareProject } from "../../../core/projects/project-data-cache.js";
import { checkModelAgainstSubmission, ModelCheckError, numericTestInputs } from "../../../core/services/model-check.js";
import { editCard, RegistryError, resolveVersion } from "../../../core/services/model-registry.js";

const NAMES = { 400: "Bad Request", 404: "Not Found", 409: "Conflict" } as const;
const failure = (status: keyof typeof NAMES, message: string) => ({ statusCode: status, error: NAMES[status], message });

/**
 * From project to endpoint: link the deployed model behind a submission, and prove it is the one
 * that scored — Stepwise sends the project's test inputs through the model's endpoint and compares
 * what comes back with the submitted file, row by row.
 */
export default async function submissionModelRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  const findOwnSubmission = async (learnerId: string, projectId: string, submissionId: string) => {
    const project = app.curriculum.projects.find((candidate) => candidate.id === projectId);
    if (!project) return { error: failure(404, `There is no project "${projectId}". GET /api/projects lists them.`) };
    const submission = (await listSubmissions(app.db, learnerId, project.id)).find((row) => row.id === submissionId);
    if (!submission) return { error: failure(404, `You have no submission "${submissionId}" in ${project.title}.`) };
    return { project, submission };
  };
  const send = (reply: FastifyReply, body: ReturnType<typeof failure>) => reply.code(body.statusCode).send(body);

  app.get(
    "/api/projects/:projectId/submissions/:submissionId/model",
    {
      schema: {
        summary: "The deployed model linked to a submission, and whether it reproduced it",
        tags: ["projects", "models"],
        params: SubmissionParamsSchema,
        response: { 200: ModelCheckSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const found = await findOwnSubmission(request.learner.id, request.params.projectId, request.params.submissionId);
      if ("error" in found) return send(reply, found.error);
      const [link] = await listSubmissionModels(app.db, [found.submission.id]);
      if (!link) return send(reply, failure(404, "No model is linked to this submission yet."));
      return JSON.parse(link.result_json) as ModelCheck;
    },
  );

  app.put(
    "/api/projects/:projectId/submissions/:submissionId/model",
    {
      schema: {
        summary: "Link a deployed model version to a submission and check that it reproduces it",
        description:
          "Stepwise sends the project's test inputs (test.csv's columns, as they are) through the version's predict endpoint, compares each prediction with the submitted file, and scores the served predictions on the public rows. The link is kept whatever the outcome; only a model that reproduces the submission marks the leaderboard.",
        tags: ["projects", "models"],
        params: SubmissionParamsSchema,
        body: LinkModelBodySchema,
        response: { 200: ModelCheckSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const learnerId = request.learner.id;
      const found = await findOwnSubmission(learnerId, request.params.projectId, request.params.submissionId);
      if ("error" in found) return send(reply, found.error);
      const prepared = prepareProject(app.curriculum, found.project);
      const inputs = numericTestInputs(prepared);
      if (!inputs) {
        return send(
          reply,
          failure(
            409,
            `The test inputs of "${found.project.title}" are not all numbers (they hold text or dates), so there is nothing a deployed model can be run on here.`,
          ),
        );
      }
      const submittedCsv = await findSubmissionPredictions(app.db, found.submission.id);
      if (submittedCsv === undefined) {
        return send(
          reply,
          failure(
            409,
            "This submission was made before Stepwise kept submitted files, so there is nothing to compare with. Submit again, then link the model.",
          ),
        );
      }
      const { name, version } = request.body;
      let stored;
      try {
        stored = await resolveVersion(app.db, learnerId, name, String(version));
      } catch (error) {
        if (error instanceof RegistryError) return send(reply, failure(404, error.message));
        throw error;
      }
      // Through the endpoint itself, so that the check proves what a caller of the endpoint gets.
      const predict = async (instances: readonly (readonly number[])[]) => {
        const response = await app.inject({
          method: "POST",
          url: `/api/models/${name}/versions/${version}/predict`,
          headers: { host: request.headers.host ?? "localhost", "content-type": "application/json" },
          payload: JSON.stringify({ instances }),
        });
        if (response.statusCode !== 200) {
          throw new ModelCheckError(
            `The model could not predict the test inputs (${inputs.columns.length} numbers per row, ${inputs.columns[0]} … ${inputs.columns.at(-1)}): ${response.json<{ message?: string }>().message ?? response.body}`,
          );
        }
        return response.json<PredictResponse>().predictions;
      };
      let outcome;
      try {
        outcome = await checkModelAgainstSubmission(prepared, submittedCsv, predict);
      } catch (error) {
        if (error instanceof ModelCheckError) return send(reply, failure(400, error.message));
        throw error;
      }
      const check: ModelCheck = { model: { name, version }, ...outcome, checkedAt: new Date().toISOString() };
      await saveSubmissionModel(app.db, {
        submissionId: found.submission.id,
        modelVersionId: stored.row.id,
        reproduced: check.reproduced,
        resultJson: JSON.stringify(check),
        checkedAt: check.checkedAt,
      });
      // The version's card says where it came from, unless the learner already wrote otherwise.
      if (stored.card.projectId === null && stored.card.submissionId === null) {
        await editCard(app.db, learnerId, name, version, { projectId: found.project.id, submissionId: found.submission.id });
      }
      return check;
    },
  );
}
