import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialect-name.js";

interface Reference {
  readonly child: string;
  readonly parent: string;
}

/**
 * Stepwise's tables, each after every table it references, so that rows can go in in this order.
 * The migrator's own tables are left out: a restore makes them by migrating, never by copying.
 */
export async function tablesInInsertOrder<DB>(db: Kysely<DB>, dialect: DialectName): Promise<string[]> {
  const tables = await stepwiseTables(db);
  const references = dialect === "postgres" ? await postgresReferences(db) : await sqliteReferences(db, tables);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (table: string) => {
    if (placed.has(table)) return;
    if (visiting.has(table)) throw new Error(`tables reference each other in a circle through ${table}`);
    visiting.add(table);
    for (const reference of references) if (reference.child === table && reference.parent !== table) place(reference.parent);
    visiting.delete(table);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) place(table);
  return ordered;
}

async function sqliteReferences<DB>(db: Kysely<DB>, tables: readonly string[]): Promise<Reference[]> {
  const all = await Promise.all(
    tables.map(async (child) => {
      const rows = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${child})`.execute(db);
      return rows.rows.map((row) => ({ child, parent: row.table }));
    }),
  );
  return all.flat();
}

async function postgresReferences<DB>(db: Kysely<DB>): Promise<Reference[]> {
  const rows = await sql<Reference>`
    select child.relname as child, parent.relname as parent
    from pg_constraint constraint_
    join pg_class child on child.oid = constraint_.conrelid
    join pg_class parent on parent.oid = constraint_.confrelid
    join pg_namespace namespace on namespace.oid = child.relnamespace
    where constraint_.contype = 'f' and namespace.nspname = current_schema()`.execute(db);
  return rows.rows;
}

/**
 * The tables of Stepwise's schema. On PostgreSQL that is the current schema only: the grading
 * queue keeps its own tables in the `pgboss` schema of the same database, which are pg-boss's to
 * make and migrate, and hold only jobs that workers recreate from the attempts still verifying.
 */
export async function stepwiseTables<DB>(db: Kysely<DB>, options: { withMigrations?: boolean } = {}): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: options.withMigrations ?? false });
  const schemas = new Set(tables.map((table) => table.schema).filter((schema) => schema !== undefined));
  if (schemas.size === 0) return tables.map((table) => table.name);
  const current = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  return tables.filter((table) => table.schema === current).map((table) => table.name);
}

/** The newest migration applied, or null on a database without Stepwise's schema. */
export async function latestMigration<DB>(db: Kysely<DB>): Promise<string | null> {
  const tables = await stepwiseTables(db, { withMigrations: true });
  if (!tables.includes("kysely_migration")) return null;
  const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return row.rows[0]?.name ?? null;
}
