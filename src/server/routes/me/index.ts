import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { MeResponseSchema } from "../../../shared/api/accounts.js";
import { OIDC_PROVIDER_ID } from "../../../core/accounts/auth.js";
import { openPublicAreas } from "../../../core/db/public-areas.repository.js";
import type { MultiUserConfig } from "../../../core/config.js";

/** The sign-in page's buttons besides email and password. */
function signInProviders(settings: MultiUserConfig | null): { id: string; name: string }[] {
  return [
    ...(settings?.oidc ? [{ id: OIDC_PROVIDER_ID, name: settings.oidc.name }] : []),
    ...(settings?.github ? [{ id: "github", name: "GitHub" }] : []),
  ];
}

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
      if (!app.auth) {
        const local = await app.db
          .selectFrom("users")
          .select("display_name")
          .where("id", "=", request.learner.id)
          .executeTakeFirstOrThrow();
        return {
          mode: "local" as const,
          user: { id: request.learner.id, name: local.display_name, email: null, role: request.learner.role },
          firstAccountIsAdmin: false,
          publicAreas: [],
          signInProviders: [],
        };
      }
      // The guard has already refused a session past its lifetime, of a disabled account, or a bad token.
      const learner = request.learner as typeof request.learner | null;
      const user = learner
        ? await app.db
            .selectFrom("users")
            .select(["id", "display_name", "email", "role"])
            .where("id", "=", learner.id)
            .executeTakeFirst()
        : undefined;
      const anyAccount = await app.db.selectFrom("users").select("id").where("kind", "=", "account").limit(1).executeTakeFirst();
      return {
        mode: "multi" as const,
        user: user ? { id: user.id, name: user.display_name, email: user.email, role: user.role } : null,
        firstAccountIsAdmin: anyAccount === undefined,
        publicAreas: await openPublicAreas(app.db),
        signInProviders: signInProviders(app.config.multiUser),
      };
    },
  );
}
