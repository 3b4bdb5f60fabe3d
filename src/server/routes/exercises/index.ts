import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AttemptBodySchema,
  AttemptResponseSchema,
  AttemptParamsSchema,
  AttemptStatusResponseSchema,
  ExerciseListResponseSchema,
  ExerciseParamsSchema,
  ExerciseFileParamsSchema,
  ExerciseResponseSchema,
  SaveDraftBodySchema,
  SaveDraftResponseSchema,
  DraftVersionsResponseSchema,
  SolutionResponseSchema,
  exerciseNotFound,
  type ServerRuntimeName,
} from "../../../shared/api/exercises.js";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import type { Exercise } from "../../../shared/content/index.js";
import { runError, type GradingResult } from "../../../shared/grading/result.js";
import { exerciseJob } from "../../../runner/exercise-job.js";
import { exerciseDataFiles } from "../../../core/datasets/exercise-data-files.js";
import {
  attemptStats,
  findAttempt,
  latestAttempt,
  loadSolvedExerciseIds,
} from "../../../core/db/exercise-attempts.repository.js";
import { attemptSummary } from "./attempt-summary.js";
import { findDraft, listDraftVersions } from "../../../core/db/exercise-drafts.repository.js";
import { DraftRefused, saveDraftKeepingVersions } from "../../../core/services/exercise-drafts.js";
import { recordAttempt } from "../../../core/services/attempts.js";
import { solutionAccess } from "../../../core/services/solution-access.js";
import { refusalToRun } from "../../plugins/python-runtimes.js";
import { verifiedGrade } from "../../../runner/verified-grade.js";

/** What a queued sandbox attempt shows until a grading worker has run it. */
const AWAITING_WORKER = "Waiting for Stepwise's sandbox: a grading worker will run your code with the visible and hidden tests.";

export default async function exerciseRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { curriculum } = app;
  /**
   * Grades code sent to the server: at once on its own runtime, or — where a grading queue
   * verifies attempts — nothing yet, a worker will (the sandbox's results include the hidden tests).
   */
  const gradeHere = async (exercise: Exercise, body: { runtime: ServerRuntimeName; code: string }): Promise<GradingResult> => {
    if (app.grading) return runError(body.runtime, AWAITING_WORKER, 0);
    const runtime = app.runtimes.get(body.runtime);
    const dataFiles = exerciseDataFiles(exercise, curriculum.datasets);
    return body.runtime === "sandbox"
      ? verifiedGrade(runtime, exercise, body.code, dataFiles)
      : runtime.run(exerciseJob(exercise, body.code, "visible", dataFiles));
  };
  const find = (id: string): Exercise | undefined => curriculum.exercisesById.get(id);
  const listItem = (exercise: Exercise, solved: ReadonlySet<string>) => ({
    id: exercise.id,
    title: exercise.title,
    topicId: exercise.topicId,
    topicTitle: curriculum.topicsById.get(exercise.topicId)?.title ?? exercise.topicId,
    stageId: exercise.stageId,
    difficulty: exercise.difficulty,
    requires: [...exercise.requires],
    solved: solved.has(exercise.id),
  });
  // Roadmap order: by stage, then topic, then difficulty (the topics' exercise lists are sorted).
  const ordered = curriculum.stages.flatMap((stage) =>
    stage.topics.flatMap((topic) =>
      topic.exerciseIds.map((id) => curriculum.exercisesById.get(id)).filter((e) => e !== undefined),
    ),
  );

  app.get(
    "/api/exercises",
    {
      schema: {
        summary: "Every exercise in roadmap order, with whether the learner solved it",
        tags: ["exercises"],
        response: { 200: ExerciseListResponseSchema },
      },
    },
    async (request) => {
      const solved = await loadSolvedExerciseIds(app.db, request.learner.id);
      return { exercises: ordered.map((exercise) => listItem(exercise, solved)) };
    },
  );

  app.get(
    "/api/exercises/:exerciseId",
    {
      schema: {
        summary: "One exercise: instructions, starter, visible tests, hints, the learner's draft and attempts",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        response: { 200: ExerciseResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const userId = request.learner.id;
      const [solved, draft, stats, latest] = await Promise.all([
        loadSolvedExerciseIds(app.db, userId),
        findDraft(app.db, userId, exercise.id),
        attemptStats(app.db, userId, exercise.id),
        latestAttempt(app.db, userId, exercise.id),
      ]);
      const siblings = curriculum.topicsById.get(exercise.topicId)?.exerciseIds ?? [];
      return {
        ...listItem(exercise, solved),
        module: exercise.module,
        timeLimitMs: exercise.timeLimitMs,
        instructionsHtml: exercise.instructions.html,
        starter: exercise.starter,
        tests: { ...exercise.tests },
        hints: [...exercise.hints],
        dataFiles: exerciseDataFiles(exercise, curriculum.datasets).map((file, index) => ({
          name: file.name,
          datasetId: exercise.datasets[index] as string,
          url: `/api/exercises/${encodeURIComponent(exercise.id)}/files/${encodeURIComponent(file.name)}`,
        })),
        draft: draft ?? null,
        attempts: {
          count: stats.count,
          latest: latest ? attemptSummary(latest) : null,
        },
        topicExercises: siblings.map((id) => ({ id, title: find(id)?.title ?? id, solved: solved.has(id) })),
      };
    },
  );

  app.put(
    "/api/exercises/:exerciseId/draft",
    {
      schema: {
        summary: "Autosave the code in the learner's editor",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        body: SaveDraftBodySchema,
        response: { 200: SaveDraftResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      try {
        const { updatedAt } = await saveDraftKeepingVersions(app.db, {
          userId: request.learner.id,
          exerciseId: exercise.id,
          starter: exercise.starter,
          code: request.body.code,
          change: request.body.change,
          now: new Date(),
        });
        return { exerciseId: exercise.id, updatedAt };
      } catch (error) {
        if (!(error instanceof DraftRefused)) throw error;
        return reply.code(409).send({ statusCode: 409, error: "Conflict", message: error.message });
      }
    },
  );

  app.get(
    "/api/exercises/:exerciseId/draft/versions",
    {
      schema: {
        summary: "Earlier code of the learner's draft: kept at every reset or restore and every ten minutes of editing",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        response: { 200: DraftVersionsResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const rows = await listDraftVersions(app.db, request.learner.id, exercise.id);
      return { versions: rows.map((row) => ({ id: row.id, code: row.code, savedAt: row.saved_at })) };
    },
  );

  app.post(
    "/api/exercises/:exerciseId/attempts",
    {
      schema: {
        summary: "Record a graded run: results from the browser, or code for the server to grade (local mode)",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        body: AttemptBodySchema,
        response: { 200: AttemptResponseSchema, 400: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const body = request.body;
      if (body.runtime !== "browser") {
        const refusal = refusalToRun(app.config, body.runtime);
        if (refusal) return reply.code(403).send({ statusCode: 403, error: "Forbidden", message: refusal });
      }
      const result =
        body.runtime === "browser" ? { ...body.result, runtime: "browser" as const } : await gradeHere(exercise, body);
      const recorded = await recordAttempt(app.db, curriculum, {
        userId: request.learner.id,
        exercise,
        code: body.code,
        result,
        // On a shared Stepwise a browser's own results could be forged: kept, but marked.
        selfReported: app.config.mode === "multi" && body.runtime === "browser",
        // …and where it grades in the sandbox, every attempt waits for a grading worker's verdict.
        verifyWith: app.grading,
        now: new Date(),
      });
      return { ...recorded, result };
    },
  );

  app.get(
    "/api/exercises/:exerciseId/attempts/:attemptId",
    {
      schema: {
        summary: "One of the learner's attempts as it stands now: polled while a grading worker verifies it",
        tags: ["exercises"],
        params: AttemptParamsSchema,
        response: { 200: AttemptStatusResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const { exerciseId, attemptId } = request.params;
      const exercise = find(exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(exerciseId));
      const row = await findAttempt(app.db, request.learner.id, exercise.id, attemptId);
      if (!row)
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `You have no attempt "${attemptId}" at exercise "${exercise.id}"; the exercise page lists your latest.`,
        });
      const stats = await attemptStats(app.db, request.learner.id, exercise.id);
      return { attempt: attemptSummary(row), result: JSON.parse(row.result_json) as GradingResult, solved: stats.solved };
    },
  );

  app.get(
    "/api/exercises/:exerciseId/files/:fileName",
    {
      schema: {
        summary: "A data file the exercise's tests read (a shipped dataset), as the runtimes write it",
        tags: ["exercises"],
        params: ExerciseFileParamsSchema,
        response: { 200: z.string().describe("The file: text/csv or application/json"), 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const file = exerciseDataFiles(exercise, curriculum.datasets).find((item) => item.name === request.params.fileName);
      if (!file) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `Exercise "${exercise.id}" reads no file "${request.params.fileName}"; its dataFiles list the ones it reads.`,
        });
      }
      const type = file.name.endsWith(".json") ? "application/json" : "text/csv";
      // Shipped data changes only with a new Stepwise release, so the browser may keep it for a day.
      return reply
        .header("content-type", `${type}; charset=utf-8`)
        .header("cache-control", "public, max-age=86400")
        .send(file.text);
    },
  );

  app.get(
    "/api/exercises/:exerciseId/solution",
    {
      schema: {
        summary: "The reference solution — after a first attempt, or when the learner's cohorts allow it",
        tags: ["exercises"],
        params: ExerciseParamsSchema,
        response: { 200: SolutionResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exercise = find(request.params.exerciseId);
      if (!exercise) return reply.code(404).send(exerciseNotFound(request.params.exerciseId));
      const stats = await attemptStats(app.db, request.learner.id, exercise.id);
      const refusal = await solutionAccess(app.db, request.learner.id, stats, new Date());
      if (refusal !== null) return reply.code(403).send({ statusCode: 403, error: "Forbidden", message: refusal });
      return { exerciseId: exercise.id, solution: exercise.solution };
    },
  );
}
