import { sql, type Kysely } from "kysely";

/**
 * SQLite cannot alter a CHECK, so a table whose CHECK changes is rebuilt (SQLite's documented
 * procedure): `create` makes the new table under the given name, its rows are copied, the old
 * table goes and the new one takes its name, then `index` remakes its indexes. With foreign keys
 * off, dropping the old table does not cascade to the rows that reference it; the migrator runs
 * SQLite migrations outside a transaction, where the pragma takes effect.
 */
export async function rebuildSqliteTable(
  db: Kysely<unknown>,
  table: string,
  create: (name: string) => Promise<void>,
  index: () => Promise<void>,
): Promise<void> {
  const next = `${table}_next`;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await create(next);
    await sql`insert into ${sql.table(next)} select * from ${sql.table(table)}`.execute(db);
    await db.schema.dropTable(table).execute();
    await sql`alter table ${sql.table(next)} rename to ${sql.table(table)}`.execute(db);
    await index();
    const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`rebuilding ${table} broke ${broken.rows.length} foreign keys`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
