import { z } from "zod";

export const CohortCompetitionSchema = z.object({
  projectId: z.string(),
  projectTitle: z.string(),
  openedAt: z.string(),
  deadline: z.string().nullable().describe("UTC; past it the competition counts as closed"),
  closedAt: z.string().nullable().describe("When it closed (by the instructor or the deadline); null while open"),
});

export const CohortCompetitionListResponseSchema = z.object({ competitions: z.array(CohortCompetitionSchema) });

export const CompetitionParamsSchema = z.object({
  cohortId: z.string().min(1).max(200),
  projectId: z.string().min(1).max(200),
});

export const OpenCompetitionBodySchema = z.strictObject({
  deadline: z.iso
    .datetime({ offset: true, error: "deadline must be a date and time with a zone, e.g. 2027-03-01T18:00:00Z" })
    .nullable()
    .default(null)
    .describe("When it closes by itself; null: when the instructor closes it"),
});
