import { ATTEMPT_VERIFICATIONS } from "../grading/verification.js";
import { z } from "zod";

export const CohortRoleSchema = z.enum(["learner", "instructor"]);

export const CreateCohortBodySchema = z.strictObject({
  name: z.string().trim().min(1, "give the cohort a name").max(120, "a cohort's name can be at most 120 characters"),
});

export const SolutionUnlockSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("after-attempts"),
      attempts: z.number().int().min(1).max(100).describe("Graded runs before the solution opens"),
    }),
    z.object({ kind: z.literal("after-solving") }),
    z.object({ kind: z.literal("after-date"), date: z.iso.date().describe("From this day (UTC), e.g. 2027-03-01") }),
    z.object({ kind: z.literal("never") }),
  ])
  .describe("When the cohort's learners may see reference solutions");

export const CohortSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: CohortRoleSchema.describe("Your role in it"),
  learners: z.number().int(),
  solutionUnlock: SolutionUnlockSchema,
});

export const ChangeCohortBodySchema = z
  .strictObject({
    name: CreateCohortBodySchema.shape.name.optional(),
    solutionUnlock: SolutionUnlockSchema.optional(),
  })
  .refine(
    (body) => body.name !== undefined || body.solutionUnlock !== undefined,
    "say what to change: name, solutionUnlock, or both",
  );

export const CohortListResponseSchema = z.object({ cohorts: z.array(CohortSchema) });

export const CohortIdParamsSchema = z.object({ cohortId: z.string().min(1).max(200) });

export const CreateInviteBodySchema = z.strictObject({
  days: z.number().int().min(1, "an invite lasts 1 to 30 days").max(30, "an invite lasts 1 to 30 days").default(7),
});

export const InviteResponseSchema = z.object({
  url: z.string().describe("The link to share; shown once, only a hash is kept"),
  token: z.string(),
  expiresAt: z.string(),
});

export const JoinCohortBodySchema = z.strictObject({ token: z.string().min(1).max(200) });

export const JoinCohortResponseSchema = z.object({
  cohort: z.object({ id: z.string(), name: z.string() }),
  joined: z.boolean().describe("false when you were already in it"),
});

export const DashboardQuerySchema = z.object({
  inactiveDays: z.coerce.number().int().min(1).max(365).default(7).describe("Stuck: no activity for this many days"),
  failures: z.coerce.number().int().min(1).max(100).default(3).describe("Stuck: this many failed runs of one exercise, no pass"),
});

const StuckReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("inactive"), days: z.number().int() }),
  z.object({ kind: z.literal("failing"), exerciseId: z.string(), exerciseTitle: z.string(), failures: z.number().int() }),
  z
    .object({ kind: z.literal("behind-plan"), expectedHours: z.number(), doneHours: z.number() })
    .describe(
      "Behind their own study plan by more than one study block: hours of topics the plan expected done by today, and done",
    ),
]);

export const CohortDashboardResponseSchema = z.object({
  cohort: z.object({ id: z.string(), name: z.string() }),
  stages: z.array(z.object({ id: z.string(), title: z.string() })),
  projects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      metric: z.string(),
      direction: z.enum(["lower", "higher"]),
      format: z.enum(["number", "percent"]),
    }),
  ),
  exercisesTotal: z.number().int(),
  learners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      overallPercent: z.number().int(),
      stages: z.array(z.object({ id: z.string(), percent: z.number().int() })),
      exercisesSolved: z.number().int(),
      quizAnswered: z.number().int(),
      quizAccuracy: z.number().int().nullable(),
      lastActive: z.string().nullable(),
      currentStreak: z.number().int(),
      stuck: z.array(StuckReasonSchema),
      projects: z
        .array(z.object({ projectId: z.string(), best: z.number().nullable(), submissions: z.number().int() }))
        .describe("Per project: best public score so far and number of submissions"),
    }),
  ),
});

export const LearnerWorkParamsSchema = z.object({ cohortId: z.string().min(1).max(200), userId: z.string().min(1).max(200) });

const LearnerRefSchema = z.object({ id: z.string(), name: z.string() });

export const LearnerExerciseWorkSchema = z.object({
  learner: LearnerRefSchema,
  exercise: z.object({ id: z.string(), title: z.string() }),
  draft: z.object({ code: z.string(), updatedAt: z.string() }).nullable(),
  attempts: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      status: z.string(),
      runtime: z.string(),
      testsPassed: z.number().int(),
      testsTotal: z.number().int(),
      createdAt: z.string(),
      selfReported: z.boolean().describe("The browser reported it; not verified by the server"),
      verification: z
        .enum(ATTEMPT_VERIFICATIONS)
        .nullable()
        .describe("Where a grading worker's verification stands (a sandbox-grading Stepwise); null where results count at once"),
    }),
  ),
});

export const LearnerSubmissionsSchema = z.object({
  learner: LearnerRefSchema,
  submissions: z.array(
    z.object({
      id: z.string(),
      projectId: z.string(),
      fileName: z.string(),
      publicScore: z.number(),
      final: z.boolean(),
      description: z.string().nullable(),
      late: z.boolean(),
      createdAt: z.string(),
    }),
  ),
});
