import { z } from "zod";
import { MODEL_ALIAS_PATTERN, MODEL_NAME_PATTERN, TENSOR_DATATYPES } from "../models/names.js";

const nameMessage = "must be 1–63 lower-case letters, digits and dashes, starting with a letter or digit (e.g. digits-mlp)";
const aliasMessage =
  "must be 1–32 lower-case letters, digits and dashes, starting with a letter (e.g. production), so it never reads as a version number";

export const ModelNameSchema = z.string().regex(MODEL_NAME_PATTERN, nameMessage);
export const ModelAliasSchema = z.string().regex(MODEL_ALIAS_PATTERN, aliasMessage);
/** A version number or an alias, wherever a route takes `:version`. */
export const VersionRefSchema = z.union([z.coerce.number().int().min(1), ModelAliasSchema]);

export const ModelParamsSchema = z.object({ name: ModelNameSchema });
export const ModelVersionParamsSchema = ModelParamsSchema.extend({
  version: z.string().min(1).max(40).describe("A version number or an alias such as production"),
});
export const ModelAliasParamsSchema = ModelParamsSchema.extend({ alias: ModelAliasSchema });

export const TensorDatatypeSchema = z.enum(TENSOR_DATATYPES).describe("Open Inference Protocol datatype");

export const TensorSpecSchema = z.object({
  name: z.string(),
  datatype: TensorDatatypeSchema,
  shape: z.array(z.number().int()).describe("-1 for a dimension of any size (the batch, usually)"),
});

export const ModelSignatureSchema = z.object({
  inputs: z.array(TensorSpecSchema),
  outputs: z.array(TensorSpecSchema),
});

export const ModelCardSchema = z.object({
  description: z.string().max(2000).describe("What the model does, in a sentence or two"),
  metrics: z
    .array(z.object({ name: z.string().min(1).max(100), value: z.number() }))
    .max(50)
    .describe("Measured results, e.g. accuracy on a held-out set"),
  trainingData: z.string().max(2000).describe("The data it was trained on"),
  projectId: z.string().max(200).nullable().describe("The Stepwise project it was built for"),
  submissionId: z.string().max(100).nullable().describe("The project submission whose predictions it made"),
  notes: z.string().max(50_000).describe("Free Markdown: limits, intended use, how it was trained"),
});

export const ModelVersionViewSchema = z.object({
  version: z.number().int(),
  sha256: z.string().describe("Of the ONNX file; identical files share storage"),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  aliases: z.array(z.string()).describe("Aliases pointing at this version"),
  signature: ModelSignatureSchema,
  opsets: z.record(z.string(), z.number().int()).describe('Operator sets by domain ("" is ai.onnx)'),
  card: ModelCardSchema,
});

export const ModelSummarySchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  latestVersion: z.number().int().nullable(),
  versionCount: z.number().int(),
  aliases: z.record(z.string(), z.number().int()).describe("Alias → version"),
});

export const ModelListResponseSchema = z.object({ models: z.array(ModelSummarySchema) });

export const ModelResponseSchema = ModelSummarySchema.extend({
  versions: z.array(ModelVersionViewSchema).describe("Newest first"),
});

export const UploadVersionQuerySchema = z.object({
  fileName: z.string().max(255).optional().describe("The uploaded file's name, kept for the record"),
});

export const CardBodySchema = ModelCardSchema.partial();
export const AliasBodySchema = z.object({ version: z.number().int().min(1) });
export const AliasResponseSchema = z.object({ alias: z.string(), version: z.number().int() });

export const PredictBodySchema = z.object({
  instances: z
    .array(z.unknown())
    .min(1)
    .describe(
      "One entry per example: the input's row (e.g. 784 numbers) for a one-input model, or {inputName: value} for several inputs",
    ),
});
export const PredictResponseSchema = z.object({
  predictions: z
    .array(z.unknown())
    .describe(
      "One entry per instance: the output's row for a one-output model, or {outputName: row}, e.g. {label, probabilities}",
    ),
  model: z.string(),
  version: z.number().int(),
});

export const MinuteStatsSchema = z.object({
  minute: z.string(),
  requests: z.number().int(),
  failures: z.number().int(),
  p50Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
});
export const VersionMetricsResponseSchema = z.object({
  model: z.string(),
  version: z.number().int(),
  minutes: z.array(MinuteStatsSchema).describe("The last hour, oldest minute first"),
});
export const UploadResponseSchema = z.object({ model: ModelResponseSchema, version: z.number().int() });
