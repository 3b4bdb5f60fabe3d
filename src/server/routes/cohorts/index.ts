import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  CohortDashboardResponseSchema,
  CohortIdParamsSchema,
  CohortListResponseSchema,
  ChangeCohortBodySchema,
  CohortSchema,
  CreateCohortBodySchema,
  CreateInviteBodySchema,
  DashboardQuerySchema,
  InviteResponseSchema,
  JoinCohortBodySchema,
  JoinCohortResponseSchema,
} from "../../../shared/api/cohorts.js";
import {
  changeCohort,
  cohortSummary,
  cohortsOf,
  createCohort,
  createInvite,
  joinWithInvite,
  roleIn,
} from "../../../core/db/cohorts.repository.js";
import { cohortDashboard } from "../../../core/services/cohort-dashboard.js";
import { cohortDashboardCsv } from "../../../core/services/cohort-dashboard-csv.js";
import { multiUserOnly, problem, taughtCohort } from "./cohort-access.js";

const DAY_MS = 86_400_000;

/**
 * Cohorts: an instructor (or admin) creates one and shares expiring invite links; learners join;
 * the cohort's instructors see its dashboard. Someone outside a cohort is told it does not exist.
 */
export default async function cohortRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  const taught = (request: FastifyRequest, reply: FastifyReply, cohortId: string) => taughtCohort(app, request, reply, cohortId);

  app.get(
    "/api/cohorts",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "The cohorts you are in, with your role in each",
        tags: ["cohorts"],
        response: { 200: CohortListResponseSchema, ...errors },
      },
    },
    async (request) => ({ cohorts: await cohortsOf(app.db, request.learner.id) }),
  );

  app.post(
    "/api/cohorts",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Create a cohort you teach (instructors and administrators)",
        tags: ["cohorts"],
        body: CreateCohortBodySchema,
        response: { 201: CohortSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (request.learner.role === "learner")
        return problem(
          reply,
          403,
          "Forbidden",
          "Only instructors and administrators create cohorts; ask an administrator to make you an instructor.",
        );
      const id = await createCohort(app.db, request.learner.id, request.body.name, new Date());
      return reply.code(201).send({
        id,
        name: request.body.name,
        role: "instructor" as const,
        learners: 0,
        solutionUnlock: { kind: "after-attempts" as const, attempts: 1 },
      });
    },
  );

  app.patch(
    "/api/cohorts/:cohortId",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Rename the cohort, or change when its learners may see reference solutions (its instructors)",
        tags: ["cohorts"],
        params: CohortIdParamsSchema,
        body: ChangeCohortBodySchema,
        response: { 200: CohortSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taught(request, reply, request.params.cohortId);
      if (!cohort) return reply;
      const actor = await app.db
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", request.learner.id)
        .executeTakeFirstOrThrow();
      await changeCohort(app.db, cohort.id, { id: request.learner.id, name: actor.display_name }, request.body, new Date());
      const role = (await roleIn(app.db, cohort.id, request.learner.id)) ?? "instructor"; // an administrator acts as one
      return { ...(await cohortSummary(app.db, cohort.id)), role };
    },
  );

  app.post(
    "/api/cohorts/:cohortId/invites",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "A new invite link to the cohort, valid for some days (its instructors)",
        tags: ["cohorts"],
        params: CohortIdParamsSchema,
        body: CreateInviteBodySchema,
        response: { 201: InviteResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taught(request, reply, request.params.cohortId);
      if (!cohort) return reply;
      const expiresAt = new Date(Date.now() + request.body.days * DAY_MS);
      const token = await createInvite(app.db, cohort.id, request.learner.id, expiresAt);
      const base = app.config.multiUser?.publicUrl ?? "";
      return reply.code(201).send({ url: `${base}/join/${token}`, token, expiresAt: expiresAt.toISOString() });
    },
  );

  app.post(
    "/api/cohorts/join",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Join a cohort with an invite link's token",
        tags: ["cohorts"],
        body: JoinCohortBodySchema,
        response: { 200: JoinCohortResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await joinWithInvite(app.db, request.learner.id, request.body.token, new Date());
      if (outcome.kind === "invalid")
        return problem(
          reply,
          400,
          "Bad Request",
          "This invite link is unknown or has expired; ask your instructor for a new one.",
        );
      return { cohort: { id: outcome.cohortId, name: outcome.name }, joined: outcome.kind === "joined" };
    },
  );

  app.get(
    "/api/cohorts/:cohortId/dashboard",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Each learner's progress, practice and whether they look stuck (its instructors)",
        tags: ["cohorts"],
        params: CohortIdParamsSchema,
        querystring: DashboardQuerySchema,
        response: { 200: CohortDashboardResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taught(request, reply, request.params.cohortId);
      if (!cohort) return reply;
      return { cohort, ...(await cohortDashboard(app.db, app.curriculum, cohort.id, request.query, new Date())) };
    },
  );

  app.get(
    "/api/cohorts/:cohortId/dashboard.csv",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "The dashboard as CSV, one row per learner (its instructors)",
        tags: ["cohorts"],
        params: CohortIdParamsSchema,
        querystring: DashboardQuerySchema,
        response: { 200: z.string().describe("text/csv"), ...errors },
      },
    },
    async (request, reply) => {
      const cohort = await taught(request, reply, request.params.cohortId);
      if (!cohort) return reply;
      const csv = cohortDashboardCsv(await cohortDashboard(app.db, app.curriculum, cohort.id, request.query, new Date()));
      const fileName = `${cohort.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-|-$/g, "") || "cohort"}-dashboard.csv`;
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${fileName}"`).send(csv);
    },
  );
}
