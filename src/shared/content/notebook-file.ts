import { z } from "zod";
import { SlugSchema } from "./slug.js";

/** The worked notebook every project ships beside project.yaml, and hands out with its data. */
export const STARTER_NOTEBOOK_FILE = "starter.ipynb";

/**
 * What a cell is for; see docs/notebook-format.md. `exercise` cells are the learner's part of an
 * exercise notebook (what `stepwise test` grades), `solution` cells the reference code that is
 * stripped before a learner gets the notebook, and `tests` the cell that runs the visible tests.
 */
export const NOTEBOOK_CELL_ROLES = ["intro", "setup", "explore", "baseline", "submit", "next", "exercise", "solution", "tests"] as const;
export type NotebookCellRole = (typeof NOTEBOOK_CELL_ROLES)[number];

/** nbformat keeps text as one string or as a list of lines (each with its newline); both mean the same text. */
const SourceSchema = z.union([z.string(), z.array(z.string())]).transform((source) => (typeof source === "string" ? source : source.join("")));

/** nbformat 4.5's cell id rule: 1–64 letters, digits, `-` or `_`. */
const CellIdSchema = z
  .string({ error: "is missing: every cell needs an id (nbformat 4.5), e.g. load-data" })
  .regex(/^[a-zA-Z0-9_-]{1,64}$/, "use 1–64 letters, digits, - or _ (nbformat 4.5)");

/** Jupyter and other tools add their own keys to cell metadata; Stepwise reads only `stepwise.role`. */
const CellMetadataSchema = z.looseObject({
  stepwise: z.strictObject({ role: z.enum(NOTEBOOK_CELL_ROLES) }, { error: "needs {role: ...}: every cell says what it is for" }),
});

const MarkdownCellSchema = z.strictObject({
  id: CellIdSchema,
  cell_type: z.literal("markdown"),
  metadata: CellMetadataSchema,
  source: SourceSchema,
  attachments: z.record(z.string(), z.unknown()).optional(),
});

// Shipped notebooks are cleared: outputs come from the learner's own run, and stored outputs
// would go stale whenever the data or a library changes.
const CodeCellSchema = z.strictObject({
  id: CellIdSchema,
  cell_type: z.literal("code"),
  metadata: CellMetadataSchema,
  source: SourceSchema,
  execution_count: z.null({ error: "must be null: ship the notebook with its outputs cleared" }),
  outputs: z.array(z.unknown()).max(0, "must be empty: ship the notebook with its outputs cleared"),
});

const CellSchema = z.discriminatedUnion("cell_type", [MarkdownCellSchema, CodeCellSchema], {
  error: 'must be "markdown" or "code" (Stepwise notebooks have no raw cells)',
});

/** An exercise notebook's owner; `version` is optional so notebooks made before versions existed still read. */
const ExerciseOwnerSchema = z.strictObject({
  exercise: SlugSchema,
  version: z.string().regex(/^[0-9a-f]{8}$/, "must be 8 hex digits, as Stepwise writes it").optional(),
});

/**
 * The subset of nbformat 4.5 that Stepwise ships (`starter.ipynb` of a project): markdown and
 * code cells with ids and a `metadata.stepwise.role`, a python3 kernel, no outputs. Every notebook
 * it accepts is also valid under nbformat's own JSON schema; the content check confirms that with
 * nbformat itself.
 */
export const NotebookFileSchema = z
  .strictObject({
    nbformat: z.literal(4, { error: "must be 4" }),
    nbformat_minor: z.number().int().min(5, "must be at least 5: cell ids came with nbformat 4.5"),
    metadata: z.looseObject({
      kernelspec: z.looseObject({ name: z.literal("python3"), display_name: z.string().min(1), language: z.literal("python").optional() }),
      language_info: z.looseObject({ name: z.literal("python") }),
      // A project's starter notebook names its project; an exercise notebook its exercise and the
      // version of the visible tests its test cell embeds.
      stepwise: z.union([z.strictObject({ project: SlugSchema }), ExerciseOwnerSchema], {
        error: 'needs {"project": <id>} or {"exercise": <id>}: say what the notebook belongs to',
      }),
    }),
    cells: z.array(CellSchema).min(1),
  })
  .superRefine((notebook, context) => {
    const seen = new Set<string>();
    notebook.cells.forEach((cell, index) => {
      if (seen.has(cell.id)) context.addIssue({ code: "custom", path: ["cells", index, "id"], message: `"${cell.id}" is used by an earlier cell; ids must be unique` });
      seen.add(cell.id);
    });
  });

export type NotebookFile = z.infer<typeof NotebookFileSchema>;

/** One cell as the app uses it: its source as one string. */
export interface NotebookCell {
  readonly id: string;
  readonly type: "markdown" | "code";
  readonly role: NotebookCellRole;
  readonly source: string;
}

/** A notebook's cells in the shape the app uses. */
export function notebookCells(notebook: NotebookFile): NotebookCell[] {
  return notebook.cells.map((cell) => ({ id: cell.id, type: cell.cell_type, role: cell.metadata.stepwise.role, source: cell.source }));
}
