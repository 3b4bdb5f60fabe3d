import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";
import { createAttemptsTable, indexAttempts } from "./0002-exercises.js";
import { importedColumn } from "./0012-imported-records.js";
import { selfReportedColumn } from "./0021-self-reported-attempts.js";
import { rebuildSqliteTable } from "./rebuild-sqlite-table.js";

const RUNTIMES = ["browser", "pyodide", "native", "sandbox"];
const allowed = sql.join(RUNTIMES.map((runtime) => sql.lit(runtime)));

/** Attempts graded in the server's sandbox say so: the runtime CHECK of exercise_attempts allows "sandbox". */
export function sandboxAttempts(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "postgres") {
        // PostgreSQL named the column's CHECK <table>_<column>_check when 0002 created it.
        await sql`alter table exercise_attempts drop constraint exercise_attempts_runtime_check`.execute(db);
        await sql`alter table exercise_attempts add constraint exercise_attempts_runtime_check check (runtime in (${allowed}))`.execute(
          db,
        );
        return;
      }
      await rebuildSqliteTable(
        db,
        "exercise_attempts",
        async (name) => {
          await createAttemptsTable(db, name, RUNTIMES);
          // The columns 0012 and 0021 added, in their order, as they added them.
          await importedColumn(db, name);
          await selfReportedColumn(db, name);
        },
        () => indexAttempts(db),
      );
    },
  };
}
