import { z } from "zod";
import { ResourceSchema } from "../content/resource.js";

export const FaqResponseSchema = z.object({
  questions: z.array(z.object({ question: z.string(), answerHtml: z.string() })),
  datasetSources: z.array(ResourceSchema),
  deploymentTools: z.array(z.object({ name: z.string(), url: z.string(), description: z.string() })),
  networkingPlatforms: z.array(ResourceSchema),
});
