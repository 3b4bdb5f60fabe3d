import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";
import { createSubmissionsTable, indexSubmissions } from "./0004-project-submissions.js";
import { rebuildSqliteTable } from "./rebuild-sqlite-table.js";

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
      await rebuildSqliteTable(
        db,
        "project_submissions",
        (name) => createSubmissionsTable(db, name, KINDS),
        () => indexSubmissions(db),
      );
    },
  };
}
