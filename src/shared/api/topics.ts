import { z } from "zod";
import { ResourceSchema } from "../content/resource.js";
import { TopicStatusSchema } from "../progress/schemas.js";
import { ExerciseCountSchema, TopicLinkSchema } from "./common.js";

export const TopicResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  estimatedHours: z.number(),
  stage: z.object({ id: z.string(), order: z.number().int(), title: z.string() }),
  prerequisites: z.array(TopicLinkSchema.extend({ status: TopicStatusSchema })),
  lesson: z.object({ html: z.string().describe("The lesson rendered to HTML, math included"), wordCount: z.number().int() }),
  resources: z.array(ResourceSchema).describe("Resources for this topic"),
  stageResources: z.array(ResourceSchema).describe("Resources the roadmap gives for the whole stage"),
  status: TopicStatusSchema,
  exercises: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        difficulty: z.number().int(),
        requires: z.array(z.string()),
        solved: z.boolean(),
      }),
    )
    .describe("The topic's exercises, easiest first"),
  exerciseCount: ExerciseCountSchema,
  projects: z
    .array(z.object({ id: z.string(), title: z.string(), summary: z.string() }))
    .describe("Projects that practise this topic"),
  statusUpdatedAt: z.string().nullable(),
  note: z.object({ text: z.string(), updatedAt: z.string().nullable() }).describe("The learner's private note"),
  previous: TopicLinkSchema.nullable().describe("The topic before this one in roadmap order"),
  next: TopicLinkSchema.nullable(),
});
