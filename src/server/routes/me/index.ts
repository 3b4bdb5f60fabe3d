import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { fromNodeHeaders } from "better-auth/node";
import { MeResponseSchema } from "../../../shared/api/accounts.js";
import type { UserRole } from "../../../core/db/users.table.js";

/** `GET /api/me`: open to everyone, so that the page knows whether to show the sign-in screen. */
export default async function meRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/me",
    {
      schema: {
        summary: "Who is signed in (null when nobody is), and whether this Stepwise has accounts",
        tags: ["accounts"],
        response: { 200: MeResponseSchema },
      },
    },
    async (request) => {
      const auth = app.auth;
      if (!auth) {
        const local = await app.db
          .selectFrom("users")
          .select("display_name")
          .where("id", "=", request.learner.id)
          .executeTakeFirstOrThrow();
        return {
          mode: "local" as const,
          user: { id: request.learner.id, name: local.display_name, email: null, role: request.learner.role },
          firstAccountIsAdmin: false,
        };
      }
      // The session guard has already refused a session past its lifetime or of a disabled account.
      const signedIn = (request.learner as typeof request.learner | null) !== null;
      const found = signedIn ? await auth.api.getSession({ headers: fromNodeHeaders(request.headers) }) : null;
      const anyAccount = await app.db.selectFrom("users").select("id").where("kind", "=", "account").limit(1).executeTakeFirst();
      return {
        mode: "multi" as const,
        user: found
          ? { id: found.user.id, name: found.user.name, email: found.user.email, role: found.user.role as UserRole }
          : null,
        firstAccountIsAdmin: anyAccount === undefined,
      };
    },
  );
}
