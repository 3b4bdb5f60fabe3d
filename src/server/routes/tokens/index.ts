import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  CreatedTokenResponseSchema,
  CreateTokenBodySchema,
  TokenIdParamsSchema,
  TokenListResponseSchema,
} from "../../../shared/api/tokens.js";
import { createToken, listTokens, revokeToken } from "../../../core/db/api-tokens.repository.js";

const DAY_MS = 86_400_000;

/** Tokens exist in multi-user mode (local mode needs none). A token cannot manage tokens: the hook refuses it. */
async function multiUserOnly(this: FastifyInstance, _request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!this.auth)
    return reply.code(404).send({
      statusCode: 404,
      error: "Not Found",
      message: "Access tokens exist in multi-user mode only; local mode needs none.",
    });
}

/** Personal access tokens: made, listed and revoked by their owner, signed in on the web page. */
export default async function tokenRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.get(
    "/api/tokens",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Your access tokens (never their secrets)",
        tags: ["accounts"],
        response: { 200: TokenListResponseSchema, ...errors },
      },
    },
    async (request) => ({ tokens: await listTokens(app.db, request.learner.id) }),
  );

  app.post(
    "/api/tokens",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Make an access token for the CLI, a calendar feed or your model endpoints; its secret is shown once",
        tags: ["accounts"],
        body: CreateTokenBodySchema,
        response: { 201: CreatedTokenResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const { days, name, scopes } = request.body;
      const { token, summary } = await createToken(
        app.db,
        request.learner.id,
        { name, scopes, expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS) },
        now,
      );
      return reply.code(201).send({ ...summary, token });
    },
  );

  app.delete(
    "/api/tokens/:tokenId",
    {
      preValidation: multiUserOnly,
      schema: {
        summary: "Revoke one of your access tokens",
        tags: ["accounts"],
        params: TokenIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await revokeToken(app.db, request.learner.id, request.params.tokenId)))
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `You have no token "${request.params.tokenId}". GET /api/tokens lists yours.`,
        });
      return reply.code(204).send(null);
    },
  );
}
