import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS } from "../test-support/test-databases.js";
import { followModelChanges } from "../models/serving/model-changes.js";
import { VersionResolver } from "../models/serving/version-resolver.js";
import type { StoredVersion } from "../services/model-registry.js";
import { createChangeNotices, LISTENER_NAME, type ChangeNotices } from "./change-notices.js";
import { openDatabase, type OpenDatabase } from "./database.js";

/** Stands in for a version the registry resolved: only its identity matters here. */
const resolved = (label: string) => ({ label }) as unknown as StoredVersion;

/** One app instance's view: its database pool, its change notices, and its cache of resolved versions. */
interface Instance {
  readonly database: OpenDatabase;
  readonly notices: ChangeNotices;
  readonly versions: VersionResolver;
  readonly announce: ReturnType<typeof followModelChanges>;
  /** The files whose sessions this instance was told to free. */
  readonly released: string[];
}

describe.each(DIALECTS)("model changes announced to every instance (%s)", (dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), "stepwise-notices-"));
  let postgres: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const instances: Instance[] = [];
  const heard: (string | null)[] = [];

  // SQLite has one instance; PostgreSQL two, as two app processes behind a load balancer would be.
  beforeAll(async () => {
    postgres = dialect === "postgres" ? await createTestDatabase() : undefined;
    for (let index = 0; index < (postgres ? 2 : 1); index += 1) {
      const database = await openDatabase({ databaseUrl: postgres?.url, dataDir });
      const notices = createChangeNotices({ databaseUrl: postgres?.url, channel: "test_model_changes", reconnectDelayMs: 100 });
      // A minute: only an announcement, never the time limit, can make a cached answer go.
      const versions = new VersionResolver(60_000);
      const released: string[] = [];
      const announce = followModelChanges(notices, versions, async (sha256) => void released.push(sha256));
      instances.push({ database, notices, versions, announce, released });
    }
    instances.at(-1)?.notices.listen((payload) => heard.push(payload));
    await Promise.all(instances.map((instance) => instance.notices.ready));
  });
  afterAll(async () => {
    for (const instance of instances) {
      await instance.notices.close();
      await instance.database.db.destroy();
    }
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function listeners(instance: Instance): Promise<number> {
    const { rows } = await sql<{
      count: string;
    }>`select count(*) as count from pg_stat_activity where application_name = ${LISTENER_NAME} and datname = current_database()`.execute(
      instance.database.db,
    );
    return Number(rows[0]?.count);
  }

  it("makes every instance resolve a model afresh once a change to it is announced, and only that model", async () => {
    const first = instances[0] as Instance;
    const last = instances.at(-1) as Instance;
    let production = "v1";
    const resolveProduction = () => last.versions.resolve("ada", "digits", "production", async () => resolved(production));
    const resolveOther = () => last.versions.resolve("ada", "houses", "production", async () => resolved(production));
    expect(await resolveProduction()).toEqual(resolved("v1"));
    expect(await resolveOther()).toEqual(resolved("v1"));
    production = "v2";
    // Cached: nothing was announced yet.
    expect(await resolveProduction()).toEqual(resolved("v1"));

    // The alias moves on the first instance, inside the transaction that moves it.
    await first.database.db.transaction().execute((trx) => first.announce(trx, { learnerId: "ada", model: "digits" }));
    await expect.poll(resolveProduction, { timeout: 5_000 }).toEqual(resolved("v2"));
    expect(await resolveOther()).toEqual(resolved("v1"));
  });

  it("has every instance free the session of a deleted version's file", async () => {
    const first = instances[0] as Instance;
    await first.announce(first.database.db, { learnerId: "ada", model: "digits", releasedFile: "ab12" });
    for (const instance of instances) await expect.poll(() => instance.released, { timeout: 5_000 }).toEqual(["ab12"]);
    // Once each: the instance that announced it is not told again when PostgreSQL delivers it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const instance of instances) expect(instance.released).toEqual(["ab12"]);
  });

  // Between processes: PostgreSQL only (SQLite serves one process).
  if (dialect === "postgres") {
    it("announces nothing from a transaction that rolls back", async () => {
      const first = instances[0] as Instance;
      const before = heard.length;
      await first.database.db
        .transaction()
        .execute(async (trx) => {
          await sql`select pg_notify('test_model_changes', 'rolled back')`.execute(trx);
          throw new Error("rolled back");
        })
        .catch(() => undefined);
      await first.announce(first.database.db, { learnerId: "ada", model: "after" });
      await expect.poll(() => heard.slice(before)).toEqual([JSON.stringify({ learnerId: "ada", model: "after" })]);
    });

    it("tells its listeners to forget everything when its connection was lost, and goes on hearing", async () => {
      const [first, last] = instances as [Instance, Instance];
      const before = heard.length;
      // An administrator (or a failover) ends the listening connections.
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${LISTENER_NAME} and datname = current_database()`.execute(
        first.database.db,
      );
      await expect.poll(() => heard.slice(before).includes(null), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => listeners(first), { timeout: 10_000 }).toBe(2);
      let label = "before";
      expect(await last.versions.resolve("bo", "m", "1", async () => resolved(label))).toEqual(resolved("before"));
      label = "after";
      await first.announce(first.database.db, { learnerId: "bo", model: "m" });
      await expect.poll(() => last.versions.resolve("bo", "m", "1", async () => resolved(label))).toEqual(resolved("after"));
    });
  }
});
