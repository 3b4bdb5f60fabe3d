import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { DIALECTS, startTestServer, type TestServer } from "../test-support/test-dialects.js";

// Only PostgreSQL holds connections another process can end (SQLite is a file this process owns):
// this suite runs where TEST_DATABASE_URL names a server, as CI's main run does.
describe.runIf(DIALECTS.includes("postgres"))(
  "when PostgreSQL ends the server's idle connections (a restart, a failover, an administrator)",
  () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer("postgres");
    }, 60_000);
    afterAll(() => server.destroy());

    it("the server keeps answering, on new connections", async () => {
      const before = await server.app.inject({ method: "GET", url: "/api/progress" });
      expect(before.statusCode).toBe(200);

      const databaseName = (
        await server.app.db.selectNoFrom((eb) => eb.fn<string>("current_database", []).as("name")).executeTakeFirstOrThrow()
      ).name;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const ended = await admin.query<{ ended: boolean }>(
          "select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [databaseName],
        );
        expect(ended.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      // The pool hears of each ended connection when its socket closes; give it that moment.
      await new Promise((resolve) => setTimeout(resolve, 200));

      const after = await server.app.inject({ method: "GET", url: "/api/progress" });
      expect(after.statusCode).toBe(200);
      expect(after.json()).toEqual(before.json());
    });
  },
);
