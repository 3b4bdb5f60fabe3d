import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { EndedSessionsResponseSchema, SessionIdParamsSchema, SessionListResponseSchema } from "../../../shared/api/sessions.js";
import { endAllSessions, endSession, listSessions } from "../../../core/db/auth-sessions.repository.js";

/** Sessions exist in multi-user mode only; an access token cannot manage them (the token hook refuses it). */
async function multiUserOnly(this: FastifyInstance, _request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!this.auth)
    return reply.code(404).send({
      statusCode: 404,
      error: "Not Found",
      message: "Sessions exist in multi-user mode only; local mode has no sign-in.",
    });
}

/** The account page's list of where you are signed in, with "end" for each and "sign out everywhere". */
export default async function sessionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 404: ErrorResponseSchema };

  app.get(
    "/api/sessions",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Where you are signed in: each session's start, last use, address and browser",
        tags: ["accounts"],
        response: { 200: SessionListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      sessions: (await listSessions(app.db, request.learner.id)).map((session) => ({
        ...session,
        current: session.id === request.learner.sessionId,
      })),
    }),
  );

  app.delete(
    "/api/sessions/:sessionId",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "End one of your sessions (that browser is signed out at its next request)",
        tags: ["accounts"],
        params: SessionIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await endSession(app.db, request.learner.id, request.params.sessionId)))
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: "You have no session with that id (it may have ended already). GET /api/sessions lists yours.",
        });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/sessions",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Sign out everywhere: end every one of your sessions, this one included",
        tags: ["accounts"],
        response: { 200: EndedSessionsResponseSchema, ...errors },
      },
    },
    async (request) => ({ ended: await endAllSessions(app.db, request.learner.id) }),
  );
}
