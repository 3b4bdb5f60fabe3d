import { z } from "zod";
import { EXERCISE_PACKAGES } from "../content/exercise-packages.js";
import { GradingResultSchema } from "../grading/result-schema.js";
import { ATTEMPT_VERIFICATIONS } from "../grading/verification.js";
import { GRADING_STATUSES, RUNTIMES } from "../grading/result.js";
import { TopicStatusSchema } from "../progress/schemas.js";

export const ExerciseParamsSchema = z.object({ exerciseId: z.string().min(1).max(200) });

/** The 404 body for an exercise id that does not exist. */
export const exerciseNotFound = (id: string) => ({
  statusCode: 404,
  error: "Not Found",
  message: `There is no exercise "${id}". GET /api/exercises lists them all.`,
});

export const ExerciseListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  stageId: z.string(),
  difficulty: z.number().int(),
  requires: z.array(z.enum(EXERCISE_PACKAGES)),
  solved: z.boolean(),
});

export const ExerciseListResponseSchema = z.object({ exercises: z.array(ExerciseListItemSchema) });

export const AttemptSummarySchema = z.object({
  id: z.string(),
  status: z.enum(GRADING_STATUSES),
  runtime: z.enum(RUNTIMES),
  testsPassed: z.number().int(),
  testsTotal: z.number().int(),
  createdAt: z.string(),
  selfReported: z
    .boolean()
    .describe("Reported by the browser on a shared Stepwise (multi-user mode), not verified by the server"),
  verification: z
    .enum(ATTEMPT_VERIFICATIONS)
    .nullable()
    .describe(
      "On a shared Stepwise that grades in its sandbox: verifying until a grading worker has run it with the hidden tests, then verified (status and counts are then the worker's), or unverifiable; null where results count at once",
    ),
});

export const ExerciseResponseSchema = ExerciseListItemSchema.extend({
  module: z.string().describe("The learner's file is <module>.py; the tests import from it"),
  timeLimitMs: z.number().int(),
  instructionsHtml: z.string(),
  starter: z.string(),
  tests: z.object({ filename: z.string(), source: z.string() }).describe("The tests, visible to the learner"),
  hints: z.array(z.string()),
  dataFiles: z
    .array(z.object({ name: z.string(), url: z.string(), datasetId: z.string() }))
    .describe("Shipped datasets the tests read from the working directory, and where to fetch each"),
  draft: z.object({ code: z.string(), updatedAt: z.string() }).nullable().describe("The learner's autosaved code"),
  attempts: z.object({ count: z.number().int(), latest: AttemptSummarySchema.nullable() }),
  topicExercises: z.array(z.object({ id: z.string(), title: z.string(), solved: z.boolean() })),
});

export const ExerciseFileParamsSchema = ExerciseParamsSchema.extend({ fileName: z.string().min(1).max(200) });

export const SaveDraftBodySchema = z.strictObject({
  code: z.string().max(200_000, "code can be at most 200,000 characters"),
  change: z
    .enum(["edit", "reset", "restore"], { error: 'must be "edit", "reset" or "restore"' })
    .default("edit")
    .describe("Why the code changed; a reset or restore keeps the code it replaces under the earlier versions"),
});
export const DraftVersionsResponseSchema = z.object({
  versions: z
    .array(z.object({ id: z.string(), code: z.string(), savedAt: z.string().describe("When this code was the saved draft") }))
    .describe("Newest first; the last 20 are kept"),
});
export const SaveDraftResponseSchema = z.object({ exerciseId: z.string(), updatedAt: z.string() });

/** The runtimes the server itself may grade with (the browser grades on its own). */
export const SERVER_RUNTIMES = ["native", "pyodide", "sandbox"] as const;
export type ServerRuntimeName = (typeof SERVER_RUNTIMES)[number];

export const AttemptBodySchema = z.discriminatedUnion("runtime", [
  z.strictObject({
    runtime: z.literal("browser"),
    code: z.string().max(200_000),
    result: GradingResultSchema.describe("The results the browser's Python produced"),
  }),
  z.strictObject({
    runtime: z
      .enum(SERVER_RUNTIMES)
      .describe("Grade on the server: native or pyodide in local mode only; sandbox where STEPWISE_SANDBOX=on"),
    code: z.string().max(200_000),
  }),
]);

export const AttemptResponseSchema = z.object({
  attempt: AttemptSummarySchema,
  result: GradingResultSchema,
  solved: z.boolean().describe("Whether the exercise is solved (now or before)"),
  newlySolved: z.boolean(),
  topic: z.object({
    id: z.string(),
    status: TopicStatusSchema,
    exercisesSolved: z.number().int(),
    exercisesTotal: z.number().int(),
  }),
});

export const AttemptParamsSchema = ExerciseParamsSchema.extend({ attemptId: z.string().min(1).max(100) });

/** One attempt as it stands now: what a page polls while a grading worker verifies it. */
export const AttemptStatusResponseSchema = z.object({
  attempt: AttemptSummarySchema,
  result: GradingResultSchema,
  solved: z.boolean().describe("Whether the exercise is solved, by this attempt or another"),
});

export const SolutionResponseSchema = z.object({ exerciseId: z.string(), solution: z.string() });

export const RunBodySchema = z.strictObject({
  exerciseId: z.string().min(1).max(200),
  code: z.string().max(1_000_000, "code can be at most 1,000,000 characters"),
  runtime: z.enum(SERVER_RUNTIMES),
});

const packagesUrl = z.string().describe("Where the browser loads numpy and other packages from");

/** What the browser's Python worker needs to start: answered at once, so it never waits on the server's own Python. */
export const BrowserPythonSettingsSchema = z.object({
  pyodideVersion: z.string(),
  pyodideUrl: z.string().describe("Where this server serves Pyodide's core files"),
  packagesUrl,
  harnessUrl: z
    .string()
    .describe('The grading harness as one JSON file, {"files": {name: source}}; its URL changes with its content'),
});

export const PythonSettingsResponseSchema = z.object({
  packagesUrl,
  pyodideVersion: z.string(),
  serverPython: z.object({
    enabled: z.boolean(),
    interpreter: z.string(),
    reason: z.string().nullable().describe("Why server-side Python is off, when it is"),
    packages: z
      .record(z.string(), z.string().nullable())
      .nullable()
      .describe("Each exercise package's version in that Python, null when missing; null when server-side Python is off"),
  }),
  sandbox: z
    .object({ enabled: z.boolean() })
    .describe('Whether the server grades "runtime": "sandbox" attempts (STEPWISE_SANDBOX=on; docs/sandbox.md)'),
});
