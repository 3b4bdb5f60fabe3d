import fp from "fastify-plugin";
import { availableParallelism } from "node:os";
import type { GradingQueue } from "../../core/services/grading-jobs/grading-queue.js";
import { inProcessGradingQueue } from "../../core/services/grading-jobs/in-process-grading-queue.js";
import { pgBossGradingQueue } from "../../core/services/grading-jobs/pg-boss-grading-queue.js";
import { gradingHandlers } from "../../core/services/grading-jobs/verify-attempt.js";

/**
 * A shared Stepwise with the sandbox on verifies every attempt (docs/grading-queue.md): it is
 * recorded as "verifying" and queued, and a grading worker runs it in the sandbox with the hidden
 * tests. On PostgreSQL the queue is pg-boss's, shared by every app instance and `stepwise worker`;
 * this process works on it too unless STEPWISE_APP_WORKER=off. On SQLite it lives in this process,
 * which grades. Elsewhere (local mode, sandbox off) `app.grading` is null and results count at once.
 */
export const gradingQueuePlugin = fp(
  async (app) => {
    const { config } = app;
    if (config.mode !== "multi" || !config.sandbox.enabled) {
      app.decorate("grading", null);
      return;
    }
    const queue: GradingQueue =
      app.dialect === "postgres" && config.databaseUrl
        ? await pgBossGradingQueue(config.databaseUrl, {
            name: "app",
            works: config.sandbox.appWorker,
            onError: (error) => app.log.warn({ err: error }, "grading queue"),
          })
        : inProcessGradingQueue();
    app.decorate("grading", queue);
    if (config.sandbox.appWorker)
      app.addHook("onReady", () =>
        queue.work(gradingHandlers(app.db, app.curriculum, app.runtimes.get("sandbox")), availableParallelism()),
      );
    // Before the runtimes and the database close: jobs in hand finish and are recorded.
    app.addHook("preClose", () => queue.stop());
  },
  { name: "grading-queue", dependencies: ["database", "python-runtimes"] },
);
