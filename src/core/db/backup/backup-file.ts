import { z } from "zod";

/**
 * A Stepwise backup: gzip-compressed JSON lines. The first line is the header; then one line per
 * table row (`{"table", "row"}`) and one per model file (`{"model", "base64"}`), in the order a
 * restore inserts them. Every table of the database is in it, as it was at one moment.
 */
export const BACKUP_FORMAT = "stepwise-backup";
export const BACKUP_VERSION = 1;

export const BackupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: "this is not a Stepwise backup (made by stepwise backup)" }),
  version: z.literal(BACKUP_VERSION, { error: `this Stepwise reads backups of format version ${BACKUP_VERSION}` }),
  createdAt: z.string(),
  dialect: z.enum(["sqlite", "postgres"]),
  /** The newest migration the database had: a restore builds the schema up to it, then on to this version's. */
  migration: z.string().min(1),
  /** Every table in insertion order, with its row count. */
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().min(0) })),
  models: z.number().int().min(0),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export const BackupLineSchema = z.union([
  z.strictObject({ table: z.string().min(1), row: z.record(z.string(), z.unknown()) }),
  z.strictObject({ model: z.string().regex(/^[0-9a-f]{64}$/), base64: z.string() }),
]);
export type BackupLine = z.infer<typeof BackupLineSchema>;
