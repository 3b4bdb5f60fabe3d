import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteDialect } from "../sqlite-dialect.js";
import { migrationProvider } from "./index.js";

describe("migration 0007 on an SQLite file from before it", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("keeps every submission and what references it, accepts rankings, and still cascades deletes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stepwise-migration-"));
    dirs.push(dir);
    const db = new Kysely<unknown>({ dialect: createSqliteDialect(join(dir, "stepwise.sqlite")) });
    try {
      const migrator = new Migrator({ db, provider: migrationProvider("sqlite") });
      expect((await migrator.migrateTo("0006-submission-models")).error).toBeUndefined();
      await sql`insert into users (id, display_name, kind) values ('u1', 'Ada', 'local')`.execute(db);
      await sql`insert into project_submissions (id, user_id, project_id, file_name, kind, public_scores_json, private_scores_json, public_score, private_score, created_at)
        values ('s1', 'u1', 'review-sentiment', 'a.csv', 'labels', '{}', '{}', 0.5, 0.4, '2026-12-01T00:00:00Z')`.execute(db);
      await sql`insert into submission_predictions (submission_id, predictions_csv) values ('s1', 'id,label')`.execute(db);
      const refused = sql`insert into project_submissions (id, user_id, project_id, file_name, kind, public_scores_json, private_scores_json, public_score, private_score, created_at)
        values ('s2', 'u1', 'lesson-search', 'b.csv', 'rankings', '{}', '{}', 0.7, 0.6, '2026-12-02T00:00:00Z')`;
      await expect(refused.execute(db)).rejects.toThrow(/CHECK constraint failed/);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await refused.execute(db);
      const kinds = await sql<{ id: string; kind: string }>`select id, kind from project_submissions order by id`.execute(db);
      expect(kinds.rows).toEqual([
        { id: "s1", kind: "labels" },
        { id: "s2", kind: "rankings" },
      ]);
      const predictions = () => sql<{ n: number }>`select count(*) as n from submission_predictions`.execute(db);
      expect((await predictions()).rows[0]?.n).toBe(1);
      await expect(
        sql`insert into project_submissions (id, user_id, project_id, file_name, kind, public_scores_json, private_scores_json, public_score, private_score, created_at)
        values ('s3', 'u1', 'x', 'c.csv', 'essays', '{}', '{}', 0, 0, 'now')`.execute(db),
      ).rejects.toThrow(/CHECK constraint failed/);
      // Foreign keys are back on: deleting the submission takes its predictions with it.
      await sql`delete from project_submissions where id = 's1'`.execute(db);
      expect((await predictions()).rows[0]?.n).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});
