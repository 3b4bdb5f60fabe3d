import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { PublicationResponseSchema, PublishBodySchema } from "../../../shared/api/public-profiles.js";
import { portfolioFiles } from "../../../shared/portfolio/portfolio-export.js";
import { presentPortfolio } from "../../../core/services/portfolio.js";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  svg: "image/svg+xml",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * A learner may publish their portfolio at /u/<handle>: the same static site the export writes,
 * served live, readable by anyone (also in multi-user mode, without signing in). Off by default.
 */
export default async function publicProfileRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const publication = async (userId: string) => {
    const row = await app.db.selectFrom("public_profiles").select("handle").where("user_id", "=", userId).executeTakeFirst();
    return { published: row !== undefined, handle: row?.handle ?? null, path: row ? `/u/${row.handle}/` : null };
  };

  app.get(
    "/api/portfolio/publication",
    {
      schema: {
        summary: "Whether your portfolio is published at /u/<handle>",
        tags: ["portfolio"],
        response: { 200: PublicationResponseSchema },
      },
    },
    async (request) => publication(request.learner.id),
  );

  app.put(
    "/api/portfolio/publication",
    {
      schema: {
        summary: "Publish your portfolio at /u/<handle> for anyone to read (or change its handle)",
        tags: ["portfolio"],
        body: PublishBodySchema,
        response: { 200: PublicationResponseSchema, 400: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const taken = await app.db
        .selectFrom("public_profiles")
        .select("user_id")
        .where("handle", "=", request.body.handle)
        .where("user_id", "!=", request.learner.id)
        .executeTakeFirst();
      if (taken)
        return reply
          .code(409)
          .send({ statusCode: 409, error: "Conflict", message: `The handle "${request.body.handle}" is taken; choose another.` });
      await app.db
        .insertInto("public_profiles")
        .values({ user_id: request.learner.id, handle: request.body.handle, published_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ handle: request.body.handle }))
        .execute();
      return publication(request.learner.id);
    },
  );

  app.delete(
    "/api/portfolio/publication",
    { schema: { summary: "Stop publishing your portfolio", tags: ["portfolio"], response: { 200: PublicationResponseSchema } } },
    async (request) => {
      await app.db.deleteFrom("public_profiles").where("user_id", "=", request.learner.id).execute();
      return publication(request.learner.id);
    },
  );

  const notPublished = { statusCode: 404, error: "Not Found", message: "Nobody has published a portfolio under this name." };

  app.get("/u/:handle", { schema: { hide: true, params: z.object({ handle: z.string().max(100) }) } }, async (request, reply) =>
    // Its pages link to projects/… relative to the folder.
    reply.redirect(`/u/${encodeURIComponent(request.params.handle)}/`, 301),
  );

  app.get(
    "/u/:handle/*",
    { schema: { hide: true, params: z.object({ handle: z.string().max(100), "*": z.string().max(300) }) } },
    async (request, reply) => {
      const owner = await app.db
        .selectFrom("public_profiles")
        .select("user_id")
        .where("handle", "=", request.params.handle)
        .executeTakeFirst();
      if (!owner) return reply.code(404).send(notPublished);
      const portfolio = await presentPortfolio(app.db, app.curriculum, owner.user_id);
      const files = portfolioFiles({
        profile: portfolio.profile,
        entries: portfolio.entries,
        skills: portfolio.skills,
        generatedAt: new Date(),
      });
      const name = request.params["*"] === "" ? "index.html" : request.params["*"];
      const file = files[name];
      if (file === undefined) return reply.code(404).send(notPublished);
      return reply.type(CONTENT_TYPES[name.split(".").pop() ?? ""] ?? "text/plain; charset=utf-8").send(file);
    },
  );
}
