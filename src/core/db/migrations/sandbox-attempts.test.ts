import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteDialect } from "../sqlite-dialect.js";
import { migrationProvider } from "./index.js";

const attempt = (id: string, runtime: string, imported = 0, selfReported = 0) =>
  sql`insert into exercise_attempts (id, user_id, exercise_id, code, runtime, status, tests_passed, tests_total, result_json, duration_ms, created_at, imported, self_reported)
    values (${id}, 'u1', 'dot-product', 'x', ${runtime}, 'pass', 1, 1, '{}', 5, '2026-12-01T00:00:00Z', ${imported}, ${selfReported})`;

describe("migration 0025 on an SQLite file from before it", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("keeps every attempt as it was, accepts the sandbox runtime, still refuses unknown ones, and still cascades deletes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stepwise-migration-"));
    dirs.push(dir);
    const db = new Kysely<unknown>({ dialect: createSqliteDialect(join(dir, "stepwise.sqlite")) });
    try {
      const migrator = new Migrator({ db, provider: migrationProvider("sqlite") });
      expect((await migrator.migrateTo("0024-public-areas")).error).toBeUndefined();
      await sql`insert into users (id, display_name, kind) values ('u1', 'Ada', 'local')`.execute(db);
      await attempt("a1", "browser", 1, 1).execute(db);
      await expect(attempt("a2", "sandbox").execute(db)).rejects.toThrow(/CHECK constraint failed/);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await attempt("a2", "sandbox").execute(db);
      const rows = await sql<{ id: string; runtime: string; imported: number; self_reported: number }>`
        select id, runtime, imported, self_reported from exercise_attempts order by id`.execute(db);
      expect(rows.rows).toEqual([
        { id: "a1", runtime: "browser", imported: 1, self_reported: 1 },
        { id: "a2", runtime: "sandbox", imported: 0, self_reported: 0 },
      ]);
      await expect(attempt("a3", "docker").execute(db)).rejects.toThrow(/CHECK constraint failed/);
      // Foreign keys are back on: deleting the learner takes their attempts with them.
      await sql`delete from users where id = 'u1'`.execute(db);
      expect((await sql<{ n: number }>`select count(*) as n from exercise_attempts`.execute(db)).rows[0]?.n).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});
