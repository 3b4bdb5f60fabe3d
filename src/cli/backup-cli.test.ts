import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../core/db/database.js";
import { createPostgresDialect, warnOfLostConnection } from "../core/db/postgres-dialect.js";
import { directoryModelFileStore } from "../core/models/model-file-store.js";
import { pgBossGradingQueue } from "../core/services/grading-jobs/pg-boss-grading-queue.js";
import { writeOnnxFixtures } from "../core/test-support/onnx-fixtures.js";
import { learnEverything, tableNames, tableRows } from "../server/test-support/learner-data.js";
import { createTestDatabase, DIALECTS, startTestServer, type TestServer } from "../server/test-support/test-dialects.js";
import { runStepwiseWith } from "./test-support/run-stepwise.js";

const fixtures = writeOnnxFixtures();
const scratch = mkdtempSync(join(tmpdir(), "stepwise-backup-"));
afterAll(() => {
  rmSync(fixtures.dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** The settings that point the CLI at one database, as `npm start` would read them. */
const envFor = (dataDir: string, databaseUrl: string | undefined) => ({
  STEPWISE_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: "silent",
});

describe.each(DIALECTS)("stepwise backup and restore (%s)", { timeout: 120_000 }, (dialect) => {
  let source: TestServer;
  let file = "";
  const restoredDataDir = mkdtempSync(join(scratch, `restored-${dialect}-`));
  let restoredDatabase: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let restored: Database | undefined;

  beforeAll(async () => {
    source = await startTestServer(dialect);
    await learnEverything(source, fixtures);
    if (dialect === "postgres") {
      // A shared Stepwise's grading queue keeps its own tables (schema pgboss) in the same database, with a job waiting.
      const queue = await pgBossGradingQueue(source.app.config.databaseUrl as string, {
        name: "app",
        works: false,
        onError: () => undefined,
      });
      await queue.enqueue(source.app.db, "an-attempt-waiting");
      await queue.stop();
      restoredDatabase = await createTestDatabase();
    }
    file = join(scratch, `${dialect}.backup.gz`);
  }, 60_000);
  afterAll(async () => {
    await restored?.destroy();
    await source.destroy();
    await restoredDatabase?.drop();
  });
  const sourceEnv = () => envFor(source.app.config.dataDir, source.app.config.databaseUrl);
  const targetEnv = () => envFor(restoredDataDir, restoredDatabase?.url);

  it("backs up every table and model file while the server runs, and restores them into an empty database as they were", async () => {
    const backedUp = await runStepwiseWith(scratch, sourceEnv(), "backup", file);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(/^Backed up \d+ rows of \d+ tables and 1 model files/);
    const again = await runStepwiseWith(scratch, sourceEnv(), "backup", file);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; choose another name, or --force/);

    const restoring = await runStepwiseWith(scratch, targetEnv(), "restore", file);
    expect(restoring.code, restoring.stderr).toBe(0);
    expect(restoring.stdout).toMatch(/^Restored \d+ rows of \d+ tables and 1 model files/);

    restored = (await openDatabase({ dataDir: restoredDataDir, databaseUrl: restoredDatabase?.url })).db;
    const tables = await tableNames(source.app.db);
    expect(await tableNames(restored)).toEqual(tables);
    const filled = [];
    for (const table of tables.filter((name) => !name.startsWith("kysely_"))) {
      const rows = await tableRows(source.app.db, table);
      if (rows.length > 0) filled.push(table);
      expect({ table, rows: await tableRows(restored, table) }).toEqual({ table, rows });
    }
    // The comparison means something: most tables hold rows (a learner's everything, in local mode).
    expect(filled.length).toBeGreaterThanOrEqual(18);
    const version = await restored.selectFrom("model_versions").select("sha256").executeTakeFirstOrThrow();
    expect(directoryModelFileStore(join(restoredDataDir, "models")).has(version.sha256)).toBe(true);
  });

  it("refuses, changing nothing, a database that holds data, a damaged file and one that is no backup", async () => {
    const count = async () => (await tableRows(restored as Database, "topic_notes")).length;
    const before = await count();
    const intoFull = await runStepwiseWith(scratch, targetEnv(), "restore", file);
    expect(intoFull.code).toBe(1);
    expect(intoFull.stderr).toMatch(dialect === "sqlite" ? /stepwise\.sqlite exists/ : /already holds data/);
    expect(intoFull.stderr).toMatch(/Nothing was restored\.$/m);

    const emptyDir = mkdtempSync(join(scratch, "empty-"));
    const emptyDatabase = dialect === "postgres" ? await createTestDatabase() : undefined;
    try {
      const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
      const cut = join(scratch, "cut.gz");
      writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
      const damaged = await runStepwiseWith(scratch, envFor(emptyDir, emptyDatabase?.url), "restore", cut);
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toMatch(/damaged or cut short/);
      const other = join(scratch, "other.gz");
      writeFileSync(other, gzipSync(JSON.stringify({ format: "something-else" })));
      const notBackup = await runStepwiseWith(scratch, envFor(emptyDir, emptyDatabase?.url), "restore", other);
      expect(notBackup.code).toBe(1);
      expect(notBackup.stderr).toMatch(/not a Stepwise backup/);
      // Nothing was made: no SQLite file, no tables in the PostgreSQL database.
      if (emptyDatabase) {
        const db = new Kysely<unknown>({ dialect: createPostgresDialect(emptyDatabase.url, warnOfLostConnection) });
        expect(await db.introspection.getTables()).toEqual([]);
        await db.destroy();
      } else {
        expect(() => readFileSync(join(emptyDir, "stepwise.sqlite"))).toThrow();
      }
    } finally {
      await emptyDatabase?.drop();
    }
    expect(await count()).toBe(before);
  });
});
