import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findCohort, roleIn } from "../../../core/db/cohorts.repository.js";

export const problem = (reply: FastifyReply, statusCode: 400 | 403 | 404 | 409, error: string, message: string) =>
  reply.code(statusCode).send({ statusCode, error, message });

/** Cohorts exist in multi-user mode only. */
export async function multiUserOnly(this: FastifyInstance, _request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!this.auth) return problem(reply, 404, "Not Found", "Cohorts exist in multi-user mode only (STEPWISE_MODE=multi).");
}

/**
 * The cohort, when the asker teaches it (or administers the instance); otherwise the refusal is
 * sent and null returned. Someone not in the cohort gets the answer for no cohort at all, so ids
 * cannot be probed.
 */
export async function taughtCohort(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, cohortId: string) {
  const cohort = await findCohort(app.db, cohortId);
  const role = cohort ? await roleIn(app.db, cohortId, request.learner.id) : null;
  if (!cohort || (role === null && request.learner.role !== "admin")) {
    await problem(reply, 404, "Not Found", `There is no cohort "${cohortId}" of yours. GET /api/cohorts lists yours.`);
    return null;
  }
  if (role !== "instructor" && request.learner.role !== "admin") {
    await problem(reply, 403, "Forbidden", "Only the cohort's instructors can do this.");
    return null;
  }
  return cohort;
}

/** The cohort, when the asker is in it (learner or instructor) or administers the instance; otherwise 404, sent. */
export async function memberCohort(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, cohortId: string) {
  const cohort = await findCohort(app.db, cohortId);
  if (!cohort || ((await roleIn(app.db, cohortId, request.learner.id)) === null && request.learner.role !== "admin")) {
    await problem(reply, 404, "Not Found", `There is no cohort "${cohortId}" of yours. GET /api/cohorts lists yours.`);
    return null;
  }
  return cohort;
}
