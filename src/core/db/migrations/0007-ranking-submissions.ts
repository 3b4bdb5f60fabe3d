import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";
import { createSubmissionsTable, indexSubmissions } from "./0004-project-submissions.js";

const KINDS = ["numbers", "labels", "probabilities", "rankings"];

/** Submissions of the retrieval project hold rankings: the kind CHECK of project_submissions allows them. */
export function rankingSubmissions(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "postgres") {
        // PostgreSQL named the column's CHECK <table>_<column>_check when 0004 created it.
        await sql`alter table project_submissions drop constraint project_submissions_kind_check`.execute(db);
        await sql`alter table project_submissions add constraint project_submissions_kind_check check (kind in (${sql.join(KINDS.map((kind) => sql.lit(kind)))}))`.execute(
          db,
        );
        return;
      }
      // SQLite cannot alter a CHECK, so the table is rebuilt (SQLite's documented procedure). With
      // foreign keys off, dropping the old table does not cascade to the rows that reference it;
      // the migrator runs SQLite migrations outside a transaction, where the pragma takes effect.
      await sql`pragma foreign_keys = off`.execute(db);
      try {
        await createSubmissionsTable(db, "project_submissions_next", KINDS);
        await sql`insert into project_submissions_next select * from project_submissions`.execute(db);
        await db.schema.dropTable("project_submissions").execute();
        await sql`alter table project_submissions_next rename to project_submissions`.execute(db);
        await indexSubmissions(db);
        const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
        if (broken.rows.length > 0) throw new Error(`rebuilding project_submissions broke ${broken.rows.length} foreign keys`);
      } finally {
        await sql`pragma foreign_keys = on`.execute(db);
      }
    },
  };
}
