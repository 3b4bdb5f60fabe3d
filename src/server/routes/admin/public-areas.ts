import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  PublicAreaListResponseSchema,
  PublicAreaParamsSchema,
  PublicAreaSchema,
  SetPublicAreaBodySchema,
} from "../../../shared/api/admin.js";
import { PUBLIC_AREAS } from "../../../shared/public-areas.js";
import { listAccounts } from "../../../core/db/accounts.repository.js";
import { listPublicAreas, setAreaOpen, type PublicAreaState } from "../../../core/db/public-areas.repository.js";
import { adminsOnly } from "./admins-only.js";

const present = (state: PublicAreaState) => ({ ...state, ...PUBLIC_AREAS[state.area] });

/**
 * Administrators decide what visitors who are not signed in may read: nothing at first; the
 * roadmap and lessons, the datasets, or both. Each change is audited.
 */
export default async function publicAreaRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = { 403: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.get(
    "/api/admin/public-areas",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "What visitors who are not signed in may read, area by area (administrators)",
        tags: ["admin"],
        response: { 200: PublicAreaListResponseSchema, ...errors },
      },
    },
    async () => ({ areas: (await listPublicAreas(app.db)).map(present) }),
  );

  app.put(
    "/api/admin/public-areas/:area",
    {
      preValidation: adminsOnly,
      schema: {
        summary: "Open an area to visitors who are not signed in, or close it (administrators)",
        tags: ["admin"],
        params: PublicAreaParamsSchema,
        body: SetPublicAreaBodySchema,
        response: { 200: PublicAreaSchema, 400: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => {
      const [actor] = await listAccounts(app.db, request.learner.id);
      const state = await setAreaOpen(
        app.db,
        { id: request.learner.id, name: actor?.name ?? "an administrator" },
        request.params.area,
        request.body.open,
      );
      return present(state);
    },
  );
}
