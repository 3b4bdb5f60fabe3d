import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { renderMarkdown } from "../../../shared/markdown/index.js";
import { FaqResponseSchema } from "../../../shared/api/faq.js";

export default async function faqRoutes(app: FastifyInstance): Promise<void> {
  const { faq, directory } = app.curriculum;
  // Content does not change while the server runs, so render once.
  const body = {
    questions: faq.map((entry) => ({ question: entry.question, answerHtml: renderMarkdown(entry.answer) })),
    datasetSources: [...directory.datasetSources],
    deploymentTools: [...directory.deploymentTools],
    networkingPlatforms: [...directory.networkingPlatforms],
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/faq",
    {
      schema: {
        summary: "The roadmap's FAQ, where to find datasets, deployment tools and networking platforms",
        tags: ["roadmap"],
        response: { 200: FaqResponseSchema },
      },
      config: { publicArea: "curriculum" },
    },
    async () => body,
  );
}
