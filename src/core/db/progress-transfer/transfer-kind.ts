import { type Insertable, sql } from "kysely";
import type { ProgressExport, ProgressSection } from "../../../shared/progress/progress-export.js";
import type { Database, DatabaseSchema } from "../database-schema.js";

export type SectionItem<S extends ProgressSection> = ProgressExport[S][number];

/**
 * Where an import's records come from: a learner's `file` is marked imported (attempts,
 * submissions, closures), since no grader here saw them; a `backup` Stepwise took itself keeps
 * the marks its records had.
 */
export type ImportSource = "file" | "backup";

/**
 * How one kind of record (one section of an export) is read from and written to the database.
 * Import works on keys: records with the same key are the same record, so a merge overwrites it
 * and a replace removes the keys the file does not have.
 */
export interface TransferKind<S extends ProgressSection> {
  readonly section: S;
  /** The learner's records of this kind, in a stable order. */
  read(db: Database, userId: string): Promise<SectionItem<S>[]>;
  key(item: SectionItem<S>): string;
  /** Deletes the learner's records with these keys (and what hangs off them). */
  remove(db: Database, userId: string, keys: readonly string[]): Promise<void>;
  /** Inserts the records, or updates the learner's records with the same keys in place. */
  write(db: Database, userId: string, items: readonly SectionItem<S>[], source: ImportSource): Promise<void>;
}

/** Statements stay well under both databases' limits on bound parameters. */
export function inChunks<T>(items: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** The import mark a record gets: a file's records are always imported; a backup keeps its own. */
export function importedFlag(item: { readonly imported: boolean }, source: ImportSource): number {
  return source === "file" || item.imported ? 1 : 0;
}

type TableName = keyof DatabaseSchema;
type Column<T extends TableName> = keyof DatabaseSchema[T] & string;

/**
 * Inserts rows, or on a clash of `conflict` updates every other column in place (never a delete,
 * so what hangs off a record by foreign key stays). `owner` guards the update: a row of another
 * learner with the same key is left alone, and the import's final check then refuses the file.
 * The SQL is the same on SQLite and PostgreSQL.
 */
export async function upsertRows<T extends TableName>(
  db: Database,
  table: T,
  rows: readonly Insertable<DatabaseSchema[T]>[],
  conflict: readonly Column<T>[],
  owner?: { readonly column: Column<T>; readonly userId: string },
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const updated = columns.filter((column) => !conflict.includes(column as Column<T>));
  const guard = owner ? sql` where ${sql.ref(`${table}.${owner.column}`)} = ${owner.userId}` : sql``;
  for (const chunk of inChunks(rows, 100)) {
    const values = chunk.map((row) => sql`(${sql.join(columns.map((column) => (row as Record<string, unknown>)[column]))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      values ${sql.join(values)}
      on conflict (${sql.join(conflict.map((column) => sql.ref(column)))})
      do update set ${sql.join(updated.map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`))}${guard}`.execute(
      db,
    );
  }
}

/** Deletes the rows `owner` = userId whose `key` column is one of `keys`. */
export async function deleteOwnedRows<T extends TableName>(
  db: Database,
  table: T,
  owner: Column<T>,
  key: Column<T>,
  userId: string,
  keys: readonly string[],
): Promise<void> {
  for (const chunk of inChunks(keys)) {
    await sql`delete from ${sql.table(table)} where ${sql.ref(owner)} = ${userId} and ${sql.ref(key)} in (${sql.join(chunk)})`.execute(
      db,
    );
  }
}
