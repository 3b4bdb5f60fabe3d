import { z } from "zod";
import { SlugSchema } from "../content/slug.js";

/** The roadmap: 3 to 5 projects that together show data work, modelling and deployment. */
export const FEATURED_PROJECTS = { min: 3, max: 5 } as const;
/** A write-up is a page, not a book. */
export const MAX_WRITE_UP_BYTES = 100 * 1024;

const WebUrlSchema = z.url({ protocol: /^https?$/, error: "must be a web address starting with https:// or http://" }).max(500);

export const CollaboratorSchema = z.strictObject({
  name: z.string().trim().min(1, "give each collaborator a name").max(100),
  url: WebUrlSchema.nullable().default(null).describe("Their GitHub, LinkedIn or Kaggle page"),
});

export const ProfileLinkSchema = z.strictObject({
  label: z.string().trim().min(1, "give each link a label, e.g. GitHub").max(40),
  url: WebUrlSchema,
});

export const PortfolioProfileSchema = z.strictObject({
  name: z.string().trim().max(100),
  headline: z.string().trim().max(200).describe('One line, e.g. "Aspiring AI engineer: data, models, deployment"'),
  links: z.array(ProfileLinkSchema).max(8, "at most 8 links"),
});

export const UpdateEntryBodySchema = z
  .strictObject({
    markdown: z
      .string()
      .refine((text) => new TextEncoder().encode(text).length <= MAX_WRITE_UP_BYTES, {
        message: "is over 100 KB; a write-up is a page: keep the summary, code and results, link the rest",
      })
      .optional(),
    featured: z.boolean().optional(),
    workKind: z.enum(["individual", "team"], { error: 'must be "individual" or "team"' }).optional(),
    collaborators: z.array(CollaboratorSchema).max(20, "at most 20 collaborators").optional(),
    codeExercises: z
      .array(SlugSchema)
      .max(5, "quote at most 5 exercises; a write-up shows your best code, not all of it")
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "send at least one field to change" });

export const RedraftBodySchema = z.strictObject({
  overwrite: z.boolean().default(false).describe("Replace your edits with a fresh draft"),
});

export const PortfolioEntrySchema = z.object({
  projectId: z.string(),
  title: z.string(),
  markdown: z.string(),
  edited: z.boolean().describe("You changed the write-up since it was last drafted"),
  saved: z.boolean().describe("False while the write-up is a fresh draft nobody saved yet"),
  featured: z.boolean(),
  workKind: z.enum(["individual", "team"]),
  collaborators: z.array(z.object({ name: z.string(), url: z.string().nullable() })),
  codeExercises: z.array(z.string()),
  submissions: z.number().int(),
  chartSvg: z.string().nullable().describe("Public score over submissions, as a standalone SVG"),
  updatedAt: z.string().nullable(),
});

export const SkillsSummarySchema = z.object({
  stages: z.array(
    z.object({ id: z.string(), order: z.number().int(), title: z.string(), solved: z.number().int(), total: z.number().int() }),
  ),
  exercisesSolved: z.number().int(),
  exercisesTotal: z.number().int(),
  quiz: z.object({ answered: z.number().int(), correct: z.number().int() }),
  projectsScored: z.number().int(),
  projectsBeatingBaseline: z.number().int(),
  modelsDeployed: z.number().int(),
  modelsReproducing: z.number().int(),
});

export const PortfolioResponseSchema = z.object({
  profile: PortfolioProfileSchema,
  entries: z.array(PortfolioEntrySchema).describe("A write-up per project you worked on"),
  skills: SkillsSummarySchema.describe("Verified by Stepwise from your recorded work"),
  solvedExercises: z.array(z.object({ id: z.string(), title: z.string() })).describe("What you may quote code from"),
});

export type PortfolioEntry = z.infer<typeof PortfolioEntrySchema>;
export type SkillsSummary = z.infer<typeof SkillsSummarySchema>;
export type PortfolioResponse = z.infer<typeof PortfolioResponseSchema>;
export type PortfolioProfile = z.infer<typeof PortfolioProfileSchema>;
