import type { FastifyInstance, FastifyReply } from "fastify";
import { strToU8, zipSync } from "fflate";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  PortfolioError,
  portfolioProfile,
  presentPortfolio,
  redraftEntry,
  saveProfile,
  updateEntry,
} from "../../../core/services/portfolio.js";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  PortfolioEntrySchema,
  PortfolioProfileSchema,
  PortfolioResponseSchema,
  RedraftBodySchema,
  UpdateEntryBodySchema,
} from "../../../shared/api/portfolio.js";
import {
  exportedEntries,
  type PortfolioExportInput,
  portfolioFiles,
  standaloneReadme,
} from "../../../shared/portfolio/portfolio-export.js";
import { resumeJson } from "../../../shared/portfolio/resume-json.js";

const ProjectParamsSchema = z.object({ projectId: z.string().min(1).max(200) });

export default async function portfolioRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const refuse = (reply: FastifyReply, error: unknown) => {
    if (!(error instanceof PortfolioError)) throw error;
    return reply
      .code(error.status)
      .send({ statusCode: error.status, error: error.status === 400 ? "Bad Request" : "Conflict", message: error.message });
  };
  const exportInput = async (userId: string): Promise<PortfolioExportInput> => {
    const portfolio = await presentPortfolio(app.db, app.curriculum, userId);
    return { profile: portfolio.profile, entries: portfolio.entries, skills: portfolio.skills, generatedAt: new Date() };
  };

  app.get(
    "/api/portfolio",
    {
      schema: {
        summary:
          "Your portfolio: a write-up per project you worked on (drafted from your scores until you save it), and skills Stepwise verified",
        tags: ["portfolio"],
        response: { 200: PortfolioResponseSchema },
      },
    },
    async (request) => presentPortfolio(app.db, app.curriculum, request.learner.id),
  );

  app.put(
    "/api/portfolio/profile",
    {
      schema: {
        summary: "Your name, headline and links (GitHub, LinkedIn, Kaggle) for the exported site, README.md and resume.json",
        tags: ["portfolio"],
        body: PortfolioProfileSchema,
        response: { 200: PortfolioProfileSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => saveProfile(app.db, request.learner.id, request.body, new Date()),
  );

  app.put(
    "/api/portfolio/projects/:projectId",
    {
      schema: {
        summary:
          "Change a project's write-up: its Markdown (at most 100 KB), featured or not (at most 5), individual or team work, collaborators, quoted exercises",
        tags: ["portfolio"],
        params: ProjectParamsSchema,
        body: UpdateEntryBodySchema,
        response: { 200: PortfolioEntrySchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        return await updateEntry(app.db, app.curriculum, request.learner.id, request.params.projectId, request.body, new Date());
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.post(
    "/api/portfolio/projects/:projectId/draft",
    {
      schema: {
        summary:
          "Draft a project's write-up again from your latest data; 409 when it would replace your edits, unless overwrite is true",
        tags: ["portfolio"],
        params: ProjectParamsSchema,
        body: RedraftBodySchema,
        response: { 200: PortfolioEntrySchema, 400: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        return await redraftEntry(
          app.db,
          app.curriculum,
          request.learner.id,
          request.params.projectId,
          request.body.overwrite,
          new Date(),
        );
      } catch (error) {
        return refuse(reply, error);
      }
    },
  );

  app.get(
    "/api/portfolio/export.zip",
    {
      schema: {
        summary:
          "The portfolio as a static site (index.html, a page per project, charts as SVG), README.md and resume.json, in a zip",
        tags: ["portfolio"],
        response: { 200: z.any().describe("application/zip") },
      },
    },
    async (request, reply) => {
      const files = portfolioFiles(await exportInput(request.learner.id));
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [`portfolio/${name}`, strToU8(text)])));
      return reply
        .header("content-type", "application/zip")
        .header("content-disposition", 'attachment; filename="portfolio.zip"')
        .send(Buffer.from(zip));
    },
  );

  app.get(
    "/api/portfolio/README.md",
    {
      schema: {
        summary: "The portfolio as one Markdown file for a GitHub profile, charts embedded as SVG images",
        tags: ["portfolio"],
        response: { 200: z.string().describe("text/markdown") },
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", "text/markdown; charset=utf-8")
        .header("content-disposition", 'attachment; filename="README.md"')
        .send(standaloneReadme(await exportInput(request.learner.id))),
  );

  app.get(
    "/api/portfolio/resume.json",
    {
      schema: {
        summary: "resume.json (JSON Resume v1): your profile, exported projects and verified skills",
        tags: ["portfolio"],
        response: { 200: z.string().describe("application/json") },
      },
    },
    async (request, reply) => {
      const input = await exportInput(request.learner.id);
      return reply
        .header("content-type", "application/json; charset=utf-8")
        .header("content-disposition", 'attachment; filename="resume.json"')
        .send(`${JSON.stringify(resumeJson(input, exportedEntries(input.entries)), null, 2)}\n`);
    },
  );

  app.get(
    "/api/portfolio/profile",
    { schema: { summary: "Your portfolio profile", tags: ["portfolio"], response: { 200: PortfolioProfileSchema } } },
    async (request) => portfolioProfile(app.db, request.learner.id),
  );
}
