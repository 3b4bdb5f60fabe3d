import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  FinalBodySchema,
  FinishResponseSchema,
  LateSubmissionsBodySchema,
  LateSubmissionsResponseSchema,
  LeaderboardQuerySchema,
  LeaderboardResponseSchema,
  ProjectFileParamsSchema,
  ProjectListResponseSchema,
  ProjectParamsSchema,
  projectNotFound,
  ProjectResponseSchema,
  SubmissionErrorSchema,
  SubmissionListResponseSchema,
  SubmissionParamsSchema,
  SetDescriptionBodySchema,
  SubmissionViewSchema,
  SubmitQuerySchema,
  SubmitResponseSchema,
} from "../../../shared/api/projects.js";
import type { Project } from "../../../shared/content/index.js";
import { SubmissionError } from "../../../shared/projects/validate-submission.js";
import {
  findClosure,
  insertClosure,
  listClosedProjectIds,
  listSubmissions,
  setLateSubmissions,
} from "../../../core/db/project-submissions.repository.js";
import { prepareProject } from "../../../core/projects/project-data-cache.js";
import { buildLeaderboard, MAX_FINAL_SUBMISSIONS } from "../../../core/services/leaderboard.js";
import { boardScope } from "../../../core/services/leaderboard-scope.js";
import {
  chooseFinal,
  CompetitionError,
  describeSubmission,
  linkedModels,
  presentSubmission,
  submit,
  utcDay,
} from "../../../core/services/submissions.js";
import { presentMetric, presentProject, presentProjectSummary } from "./presenters.js";

/** Submissions are plain CSV bodies; 50 MB holds a 100,000-row file many times over. */
const SUBMISSION_BODY_LIMIT = 50 * 1024 * 1024;
const CSV_TYPES = ["text/csv", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

export default async function projectRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Registered inside this plugin only, so the rest of the API keeps answering non-JSON bodies with 415.
  app.addContentTypeParser(CSV_TYPES, { parseAs: "string", bodyLimit: SUBMISSION_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  const findProject = (projectId: string): Project | undefined =>
    app.curriculum.projects.find((project) => project.id === projectId);
  const refuse = (reply: FastifyReply, error: unknown) => {
    if (error instanceof CompetitionError) {
      const names = { 404: "Not Found", 409: "Conflict", 429: "Too Many Requests" } as const;
      return reply.code(error.status).send({ statusCode: error.status, error: names[error.status], message: error.message });
    }
    throw error;
  };

  app.get(
    "/api/projects",
    {
      schema: {
        summary: "The roadmap's projects, run as competitions on hidden test sets",
        tags: ["projects"],
        response: { 200: ProjectListResponseSchema },
      },
    },
    async (request) => {
      const closed = await listClosedProjectIds(app.db);
      const projects = await Promise.all(
        app.curriculum.projects.map(async (project) =>
          presentProjectSummary(project, closed.has(project.id), await listSubmissions(app.db, request.learner.id, project.id)),
        ),
      );
      return { projects };
    },
  );

  app.get(
    "/api/projects/:projectId",
    {
      schema: {
        summary: "One project: brief, steps, data files, submission format, split and your limits",
        tags: ["projects"],
        params: ProjectParamsSchema,
        response: { 200: ProjectResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const prepared = prepareProject(app.curriculum, project);
      const own = await listSubmissions(app.db, request.learner.id, project.id);
      const closure = await findClosure(app.db, project.id);
      const day = utcDay(new Date());
      const usedToday = own.filter((row) => row.created_at >= day.start).length;
      return presentProject(app.curriculum, prepared, closure, own, {
        dailySubmissions: app.config.dailySubmissions,
        usedToday,
        resetsAt: day.next,
        maxFinal: MAX_FINAL_SUBMISSIONS,
      });
    },
  );

  app.get(
    "/api/projects/:projectId/files/:file",
    {
      schema: {
        summary:
          "Download train.csv, test.csv (inputs only, no labels), sample_submission.csv, the starter notebook, or a retrieval project's corpus.csv",
        tags: ["projects"],
        params: ProjectFileParamsSchema,
        response: {
          200: z.string().describe("The CSV file (text/csv), or starter.ipynb (application/x-ipynb+json)"),
          404: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const name = request.params.file;
      const notebook = name === "starter.ipynb";
      const file = notebook ? null : prepareProject(app.curriculum, project).data.files[name];
      if (!notebook && !file) {
        return reply
          .code(404)
          .send({ statusCode: 404, error: "Not Found", message: `"${project.title}" has no ${name}; its page lists its files.` });
      }
      return reply
        .header("content-type", notebook ? "application/x-ipynb+json; charset=utf-8" : "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${project.id}-${name}"`)
        .send(notebook ? project.starterNotebook.text : (file?.text ?? ""));
    },
  );

  app.post(
    "/api/projects/:projectId/submissions",
    {
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        summary: "Submit predictions as CSV (Content-Type: text/csv); scored on the hidden test set",
        description:
          "The body is the CSV file itself. It must repeat the sample submission's header and give every test id exactly once. A malformed file is refused with the first bad line and column, and nothing is stored.",
        tags: ["projects"],
        params: ProjectParamsSchema,
        querystring: SubmitQuerySchema,
        response: {
          201: SubmitResponseSchema,
          400: SubmissionErrorSchema,
          404: ErrorResponseSchema,
          409: ErrorResponseSchema,
          415: ErrorResponseSchema,
          429: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      if (typeof request.body !== "string") {
        return reply.code(415).send({
          statusCode: 415,
          error: "Unsupported Media Type",
          message:
            "Send the CSV file itself as the request body, with Content-Type: text/csv (curl: --data-binary @file.csv -H 'Content-Type: text/csv').",
        });
      }
      const text = request.body;
      // The board the answer's rank is on: checked before anything is stored, read again after.
      const board = () =>
        boardScope(app.db, app.auth !== undefined, request.learner, project.id, request.query.cohort, new Date());
      const scope = await board();
      if (scope.kind === "unknown-cohort")
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no cohort "${request.query.cohort}" of yours. GET /api/cohorts lists yours. Nothing was submitted.`,
        });
      try {
        const result = await submit(app.db, prepareProject(app.curriculum, project), {
          dialect: app.dialect,
          userId: request.learner.id,
          text,
          fileName: request.query.fileName,
          description: request.query.description ?? null,
          dailyLimit: app.config.dailySubmissions,
          now: new Date(),
          boardRows: async () => {
            const scope = await board();
            return scope.kind === "board" ? scope.rows : [];
          },
        });
        const cohort = scope.cohort && { id: scope.cohort.id, name: scope.cohort.name };
        const rankedAmong = app.auth === undefined ? "everyone" : cohort ? "cohort" : "own";
        return reply.code(201).send({ ...result, rankedAmong, cohort });
      } catch (error) {
        if (error instanceof SubmissionError) {
          return reply
            .code(400)
            .send({ statusCode: 400, error: "Bad Request", message: error.message, line: error.line, column: error.column });
        }
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/projects/:projectId/submissions",
    {
      schema: {
        summary: "Your submissions to a project, newest first",
        tags: ["projects"],
        params: ProjectParamsSchema,
        response: { 200: SubmissionListResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const closed = (await findClosure(app.db, project.id)) !== undefined;
      const rows = await listSubmissions(app.db, request.learner.id, project.id);
      const models = await linkedModels(app.db, rows);
      return { submissions: rows.map((row) => presentSubmission(row, closed, models.get(row.id) ?? null)) };
    },
  );

  app.put(
    "/api/projects/:projectId/submissions/:submissionId/final",
    {
      schema: {
        summary: `Choose a submission for the final, private ranking (at most ${MAX_FINAL_SUBMISSIONS})`,
        tags: ["projects"],
        params: SubmissionParamsSchema,
        body: FinalBodySchema,
        response: { 200: SubmissionViewSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      try {
        return await chooseFinal(
          app.db,
          app.dialect,
          prepareProject(app.curriculum, project),
          request.learner.id,
          request.params.submissionId,
          request.body.final,
        );
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.put(
    "/api/projects/:projectId/submissions/:submissionId/description",
    {
      schema: {
        summary: 'Say what you tried in a submission ("" clears it); portfolio write-ups quote it',
        tags: ["projects"],
        params: SubmissionParamsSchema,
        body: SetDescriptionBodySchema,
        response: { 200: SubmissionViewSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const closed = (await findClosure(app.db, project.id)) !== undefined;
      try {
        return await describeSubmission(
          app.db,
          project,
          request.learner.id,
          request.params.submissionId,
          request.body.description,
          closed,
        );
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/projects/:projectId/leaderboard",
    {
      schema: {
        summary:
          "The leaderboard: public scores, or private ones once the competition is closed (multi-user mode: one cohort's, or only yours)",
        tags: ["projects"],
        params: ProjectParamsSchema,
        querystring: LeaderboardQuerySchema,
        response: { 200: LeaderboardResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const board = await boardScope(
        app.db,
        app.auth !== undefined,
        request.learner,
        project.id,
        request.query.cohort,
        new Date(),
      );
      if (board.kind === "unknown-cohort")
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no cohort "${request.query.cohort}" of yours. GET /api/cohorts lists yours.`,
        });
      const entries = buildLeaderboard(prepareProject(app.curriculum, project), board.rows, board.closed);
      return {
        metric: presentMetric(project.metrics[0] as Project["metrics"][number]),
        cohort: board.cohort,
        board: board.closed ? ("private" as const) : ("public" as const),
        closed: board.closed,
        entries: entries.map(({ userId, ...entry }) => ({ ...entry, isMe: userId === request.learner.id })),
      };
    },
  );

  app.post(
    "/api/projects/:projectId/finish",
    {
      schema: {
        summary:
          "Close the competition: reveal the private leaderboard and stop submissions (the learner's finish in local mode)",
        tags: ["projects"],
        params: ProjectParamsSchema,
        response: { 200: FinishResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      if (app.auth)
        return reply.code(403).send({
          statusCode: 403,
          error: "Forbidden",
          message:
            "In a shared Stepwise your cohort's instructor opens and closes competitions; each cohort's board shows when it closes.",
        });
      const closedAt = new Date().toISOString();
      if (!(await insertClosure(app.db, project.id, request.learner.id, closedAt))) {
        return reply.code(409).send({
          statusCode: 409,
          error: "Conflict",
          message: `"${project.title}" is already finished; its private leaderboard is shown.`,
        });
      }
      return { closed: true as const, closedAt };
    },
  );

  app.put(
    "/api/projects/:projectId/late-submissions",
    {
      schema: {
        summary: "Let a finished competition take late submissions (scored on both boards, never ranked), or stop",
        tags: ["projects"],
        params: ProjectParamsSchema,
        body: LateSubmissionsBodySchema,
        response: { 200: LateSubmissionsResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const project = findProject(request.params.projectId);
      if (!project) return reply.code(404).send(projectNotFound(request.params.projectId));
      const since = request.body.accept ? new Date().toISOString() : null;
      if (!(await setLateSubmissions(app.db, project.id, since))) {
        return reply.code(409).send({
          statusCode: 409,
          error: "Conflict",
          message: `"${project.title}" is still open: submissions are ranked as usual. Late submissions are for a finished competition.`,
        });
      }
      return { lateSubmissions: request.body.accept };
    },
  );
}
