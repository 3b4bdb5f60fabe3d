import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteDialect } from "../sqlite-dialect.js";
import { migrationProvider } from "./index.js";

describe("migration 0010 on an SQLite file with a plan made before it", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("keeps the plan, which has never been re-planned, and rolls back without losing it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stepwise-migration-"));
    dirs.push(dir);
    const db = new Kysely<unknown>({ dialect: createSqliteDialect(join(dir, "stepwise.sqlite")) });
    try {
      const migrator = new Migrator({ db, provider: migrationProvider("sqlite") });
      expect((await migrator.migrateTo("0009-portfolio")).error).toBeUndefined();
      await sql`insert into users (id, display_name, kind) values ('u1', 'Ada', 'local')`.execute(db);
      await sql`insert into study_plans (user_id, settings_json, topics_json, created_at, updated_at)
        values ('u1', '{"hoursPerWeek":6}', '[]', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')`.execute(db);
      const plans = () => sql<{ user_id: string; settings_json: string }>`select * from study_plans`.execute(db);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect((await plans()).rows).toEqual([expect.objectContaining({ user_id: "u1", replanned_at: null })]);

      expect((await migrator.migrateTo("0009-portfolio")).error).toBeUndefined();
      expect((await plans()).rows).toEqual([expect.objectContaining({ user_id: "u1", settings_json: '{"hoursPerWeek":6}' })]);
      expect((await plans()).rows[0]).not.toHaveProperty("replanned_at");
    } finally {
      await db.destroy();
    }
  });
});
