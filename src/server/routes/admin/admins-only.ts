import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Administrators only (checked before the body is, so that nobody else learns what it should hold); in local mode there are no accounts to administer. */
export async function adminsOnly(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!this.auth) {
    return reply.code(404).send({
      statusCode: 404,
      error: "Not Found",
      message: "Accounts exist in multi-user mode only (STEPWISE_MODE=multi); this Stepwise has one local learner.",
    });
  }
  if (request.learner.role !== "admin")
    return reply
      .code(403)
      .send({ statusCode: 403, error: "Forbidden", message: "Only an administrator of this Stepwise can do this." });
}
