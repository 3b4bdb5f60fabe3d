import { attemptSummary } from "../exercises/attempt-summary.js";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { LearnerExerciseWorkSchema, LearnerSubmissionsSchema, LearnerWorkParamsSchema } from "../../../shared/api/cohorts.js";
import { roleIn } from "../../../core/db/cohorts.repository.js";
import { findDraft } from "../../../core/db/exercise-drafts.repository.js";
import { multiUserOnly, problem, taughtCohort } from "./cohort-access.js";

/**
 * A cohort's instructors may read its learners' exercise code and project submissions, to help
 * them; never their notes (no route here reads notes, and the privacy page says so).
 */
export default async function learnerWorkRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  /** The learner, when the asker teaches a cohort they are a learner in; otherwise the refusal is sent. */
  async function taughtLearner(request: FastifyRequest, reply: FastifyReply, cohortId: string, userId: string) {
    const cohort = await taughtCohort(app, request, reply, cohortId);
    if (!cohort) return null;
    const learner = await app.db
      .selectFrom("users")
      .select(["id", "display_name as name"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!learner || (await roleIn(app.db, cohort.id, userId)) !== "learner") {
      await problem(
        reply,
        404,
        "Not Found",
        `There is no learner "${userId}" in ${cohort.name}. GET /api/cohorts/${cohort.id}/dashboard lists them.`,
      );
      return null;
    }
    return learner;
  }

  app.get(
    "/api/cohorts/:cohortId/learners/:userId/exercises/:exerciseId",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "A learner's code for one exercise: the draft and every graded run, newest first (the cohort's instructors)",
        tags: ["cohorts"],
        params: LearnerWorkParamsSchema.extend({ exerciseId: LearnerWorkParamsSchema.shape.userId }),
        response: { 200: LearnerExerciseWorkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const learner = await taughtLearner(request, reply, request.params.cohortId, request.params.userId);
      if (!learner) return reply;
      const exercise = app.curriculum.exercisesById.get(request.params.exerciseId);
      if (!exercise) return problem(reply, 404, "Not Found", `There is no exercise "${request.params.exerciseId}".`);
      const [draft, attempts] = await Promise.all([
        findDraft(app.db, learner.id, exercise.id),
        app.db
          .selectFrom("exercise_attempts")
          .select([
            "id",
            "code",
            "status",
            "runtime",
            "tests_passed",
            "tests_total",
            "created_at",
            "self_reported",
            "verification",
          ])
          .where("user_id", "=", learner.id)
          .where("exercise_id", "=", exercise.id)
          .orderBy("created_at", "desc")
          .orderBy("id", "desc")
          .execute(),
      ]);
      return {
        learner,
        exercise: { id: exercise.id, title: exercise.title },
        draft: draft ?? null,
        attempts: attempts.map((row) => ({ ...attemptSummary(row), code: row.code })),
      };
    },
  );

  app.get(
    "/api/cohorts/:cohortId/learners/:userId/submissions",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "A learner's project submissions, newest first (the cohort's instructors)",
        tags: ["cohorts"],
        params: LearnerWorkParamsSchema,
        response: { 200: LearnerSubmissionsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const learner = await taughtLearner(request, reply, request.params.cohortId, request.params.userId);
      if (!learner) return reply;
      const rows = await app.db
        .selectFrom("project_submissions")
        .select(["id", "project_id", "file_name", "public_score", "final", "description", "late", "created_at"])
        .where("user_id", "=", learner.id)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .execute();
      return {
        learner,
        submissions: rows.map((row) => ({
          id: row.id,
          projectId: row.project_id,
          fileName: row.file_name,
          publicScore: row.public_score,
          final: row.final === 1,
          description: row.description,
          late: row.late === 1,
          createdAt: row.created_at,
        })),
      };
    },
  );
}
