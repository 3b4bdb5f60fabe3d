import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  AcceptInviteBodySchema,
  AcceptInviteResponseSchema,
  AccountInviteListResponseSchema,
  CreatedAccountInviteSchema,
  InviteAccountBodySchema,
  InviteIdParamsSchema,
} from "../../../shared/api/admin.js";
import { webPaths } from "../../../shared/web-paths.js";
import {
  acceptAccountInvite,
  createAccountInvite,
  pendingInvites,
  withdrawInvite,
} from "../../../core/db/account-invites.repository.js";
import { listAccounts } from "../../../core/db/accounts.repository.js";
import { adminsOnly } from "./admins-only.js";

const DAY_MS = 86_400_000;
const problem = (status: 400 | 404 | 409, error: string, message: string) => ({ statusCode: status, error, message });

/**
 * Administrators invite people by mail with a role (an instructor, say); the invited person opens
 * the link, signs up or in with the invited address, and accepts. Every step is in the audit log.
 */
export default async function accountInviteRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.post(
    "/api/admin/invites",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Invite someone by mail to join with a role; the link works once, for some days (administrators)",
        tags: ["admin"],
        body: InviteAccountBodySchema,
        response: { 201: CreatedAccountInviteSchema, 400: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const [actor] = await listAccounts(app.db, request.learner.id);
      const expiresAt = new Date(now.getTime() + request.body.days * DAY_MS);
      const { id, token } = await createAccountInvite(app.db, {
        email: request.body.email,
        role: request.body.role,
        actor: { id: request.learner.id, name: actor?.name ?? "an administrator" },
        expiresAt,
        now,
      });
      const url = `${app.config.multiUser?.publicUrl ?? ""}${webPaths.invite(token)}`;
      const article = request.body.role === "learner" ? "a" : "an";
      await app.mail?.send({
        to: request.body.email,
        subject: `You are invited to Stepwise as ${article} ${request.body.role}`,
        text: `${actor?.name ?? "An administrator"} invited you to Stepwise, to join as ${article} ${request.body.role}.\n\nOpen this link before ${expiresAt.toUTCString()}, create your account with this address (${request.body.email}) or sign in with it, and accept:\n${url}\n\nIf you did not expect this, ignore the message.`,
      });
      return reply.code(201).send({
        id,
        email: request.body.email.toLowerCase(),
        role: request.body.role,
        invitedBy: actor?.name ?? null,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        url,
      });
    },
  );

  app.get(
    "/api/admin/invites",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Invitations not yet accepted or expired, newest first (administrators)",
        tags: ["admin"],
        response: { 200: AccountInviteListResponseSchema, ...errors },
      },
    },
    async () => ({ invites: await pendingInvites(app.db, new Date()) }),
  );

  app.delete(
    "/api/admin/invites/:inviteId",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Withdraw an invitation not yet accepted (administrators)",
        tags: ["admin"],
        params: InviteIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await withdrawInvite(app.db, request.params.inviteId)))
        return reply
          .code(404)
          .send(problem(404, "Not Found", "There is no open invitation with that id. GET /api/admin/invites lists them."));
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/invites/accept",
    {
      preValidation: async function (this: FastifyInstance, _request, reply) {
        if (!this.auth) return reply.code(404).send(problem(404, "Not Found", "Invitations exist in multi-user mode only."));
      },
      schema: {
        summary: "Accept an invitation mailed to your address: your account gets the invited role",
        tags: ["accounts"],
        body: AcceptInviteBodySchema,
        response: {
          200: AcceptInviteResponseSchema,
          400: ErrorResponseSchema,
          404: ErrorResponseSchema,
          409: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const [user] = await listAccounts(app.db, request.learner.id);
      if (!user?.email)
        return reply.code(404).send(problem(404, "Not Found", "Invitations are for accounts with an email address."));
      const outcome = await acceptAccountInvite(app.db, { ...user, email: user.email }, request.body.token, new Date());
      if (outcome.kind === "invalid")
        return reply
          .code(400)
          .send(
            problem(
              400,
              "Bad Request",
              "This invitation is unknown, has expired or was used already; ask an administrator for a new one.",
            ),
          );
      if (outcome.kind === "other-address")
        return reply
          .code(409)
          .send(
            problem(
              409,
              "Conflict",
              `This invitation is for another address. Sign out and create an account (or sign in) with the address it was mailed to.`,
            ),
          );
      return { role: outcome.role };
    },
  );
}
