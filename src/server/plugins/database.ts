import fp from "fastify-plugin";
import { openDatabase } from "../../core/db/database.js";
import { ensureLocalLearner } from "../../core/db/users.repository.js";

/** Opens SQLite or PostgreSQL, migrates it, and closes the pool when the app closes. */
export const databasePlugin = fp(
  async (app) => {
    const { db, dialect } = await openDatabase({
      databaseUrl: app.config.databaseUrl,
      dataDir: app.config.dataDir,
      onConnectionLost: (error) =>
        app.log.warn({ err: error }, "PostgreSQL closed an idle connection; the next query opens a new one"),
    });
    app.decorate("db", db);
    app.decorate("dialect", dialect);
    app.addHook("onClose", async () => db.destroy());
    await ensureLocalLearner(db);
    app.log.info({ dialect }, "database ready");
  },
  { name: "database" },
);
