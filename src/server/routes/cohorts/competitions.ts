import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { CohortIdParamsSchema } from "../../../shared/api/cohorts.js";
import {
  CohortCompetitionListResponseSchema,
  CohortCompetitionSchema,
  CompetitionParamsSchema,
  OpenCompetitionBodySchema,
} from "../../../shared/api/cohort-competitions.js";
import { listAccounts } from "../../../core/db/accounts.repository.js";
import {
  closeCohortCompetition,
  cohortCompetitions,
  openCohortCompetition,
  type CohortCompetition,
} from "../../../core/db/cohort-competitions.repository.js";
import { memberCohort, multiUserOnly, problem, taughtCohort } from "./cohort-access.js";

/**
 * Competitions per project × cohort (multi-user mode): the cohort's instructor opens one, with a
 * deadline or none, and closes it, which reveals the cohort's private board
 * (`GET /api/projects/:id/leaderboard?cohort=…`). Its members see the list.
 */
export default async function cohortCompetitionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
  const titled = (competition: CohortCompetition) => ({
    ...competition,
    projectTitle: app.curriculum.projects.find((project) => project.id === competition.projectId)?.title ?? competition.projectId,
  });
  const actorOf = async (request: FastifyRequest) => ({
    id: request.learner.id,
    name: (await listAccounts(app.db, request.learner.id))[0]?.name ?? "an instructor",
  });
  const projectExists = (projectId: string) => app.curriculum.projects.some((project) => project.id === projectId);
  const noProject = (projectId: string) => `There is no project "${projectId}". GET /api/projects lists them.`;

  app.get(
    "/api/cohorts/:cohortId/competitions",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "The cohort's competitions, open and closed (its members)",
        tags: ["cohorts"],
        params: CohortIdParamsSchema,
        response: { 200: CohortCompetitionListResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await memberCohort(app, request, reply, request.params.cohortId);
      if (!cohort) return reply;
      return { competitions: (await cohortCompetitions(app.db, cohort.id, new Date())).map(titled) };
    },
  );

  app.put(
    "/api/cohorts/:cohortId/competitions/:projectId",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Open the project's competition in the cohort, or change the open one's deadline (its instructors)",
        tags: ["cohorts"],
        params: CompetitionParamsSchema,
        body: OpenCompetitionBodySchema,
        response: { 200: CohortCompetitionSchema, 201: CohortCompetitionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taughtCohort(app, request, reply, request.params.cohortId);
      if (!cohort) return reply;
      const { projectId } = request.params;
      if (!projectExists(projectId)) return problem(reply, 404, "Not Found", noProject(projectId));
      const now = new Date();
      const deadline = request.body.deadline === null ? null : new Date(request.body.deadline).toISOString();
      if (deadline !== null && deadline <= now.toISOString())
        return problem(reply, 400, "Bad Request", "body.deadline: it has passed; give a time in the future, or null for none.");
      const outcome = await openCohortCompetition(app.db, {
        cohortId: cohort.id,
        projectId,
        deadline,
        actor: await actorOf(request),
        now,
      });
      if (outcome.kind === "closed")
        return problem(reply, 409, "Conflict", "This competition has closed and its private board is out; it cannot open again.");
      return reply.code(outcome.kind === "opened" ? 201 : 200).send(titled(outcome.competition));
    },
  );

  app.post(
    "/api/cohorts/:cohortId/competitions/:projectId/close",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Close the competition now and reveal the cohort's private board (its instructors)",
        tags: ["cohorts"],
        params: CompetitionParamsSchema,
        response: { 200: CohortCompetitionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taughtCohort(app, request, reply, request.params.cohortId);
      if (!cohort) return reply;
      const { projectId } = request.params;
      if (!projectExists(projectId)) return problem(reply, 404, "Not Found", noProject(projectId));
      const outcome = await closeCohortCompetition(app.db, {
        cohortId: cohort.id,
        projectId,
        actor: await actorOf(request),
        now: new Date(),
      });
      if (outcome.kind === "not-open")
        return problem(
          reply,
          409,
          "Conflict",
          "There is no open competition for this project in the cohort: open one first (PUT), or it has closed already.",
        );
      return titled(outcome.competition);
    },
  );
}
