import type { FastifyInstance } from "fastify";
import { adminsOnly } from "./admins-only.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  AccountListResponseSchema,
  AccountSchema,
  AuditLogResponseSchema,
  ChangeAccountBodySchema,
  UserIdParamsSchema,
} from "../../../shared/api/admin.js";
import { auditEntries, changeAccount, listAccounts } from "../../../core/db/accounts.repository.js";

const AUDIT_LIMIT = 500;

/** Administrators manage accounts: see them, change roles, disable and enable; every change is audited. */
export default async function adminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.get(
    "/api/admin/users",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Every account, oldest first (administrators)",
        tags: ["admin"],
        response: { 200: AccountListResponseSchema, ...errors },
      },
    },
    async () => ({ accounts: await listAccounts(app.db) }),
  );

  app.patch(
    "/api/admin/users/:userId",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Change an account's role or disable it (which ends its sessions) (administrators)",
        tags: ["admin"],
        params: UserIdParamsSchema,
        body: ChangeAccountBodySchema,
        response: { 200: AccountSchema, 400: ErrorResponseSchema, 409: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await app.db
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", request.learner.id)
        .executeTakeFirstOrThrow();
      const outcome = await changeAccount(
        app.db,
        { id: request.learner.id, name: actor.display_name },
        request.params.userId,
        request.body,
      );
      if (outcome.kind === "not-found")
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no account "${request.params.userId}". GET /api/admin/users lists them.`,
        });
      if (outcome.kind === "last-admin")
        return reply.code(409).send({
          statusCode: 409,
          error: "Conflict",
          message:
            "This is the last enabled administrator: make someone else an administrator first, so that this Stepwise keeps one.",
        });
      return outcome.account;
    },
  );

  app.get(
    "/api/admin/audit",
    {
      preValidation: adminsOnly,
      schema: {
        summary: `What administrators did to accounts, newest first (the last ${AUDIT_LIMIT}) (administrators)`,
        tags: ["admin"],
        response: { 200: AuditLogResponseSchema, ...errors },
      },
    },
    async () => ({ entries: await auditEntries(app.db, AUDIT_LIMIT) }),
  );
}
