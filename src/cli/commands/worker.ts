import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { isPostgresUrl, openDatabase } from "../../core/db/database.js";
import { gradingHandlers } from "../../core/services/grading-jobs/verify-attempt.js";
import { pgBossGradingQueue } from "../../core/services/grading-jobs/pg-boss-grading-queue.js";
import { createSandboxRuntime } from "../../runner/sandbox/sandbox-runtime.js";
import { sandboxProblem, sandboxUsers } from "../../runner/sandbox/sandbox-host.js";
import { cliCurriculum } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { cliConfig } from "../cli-config.js";

const HELP = [
  "Usage: stepwise worker [--concurrency N]",
  "",
  "Works on the grading queue of a shared Stepwise on PostgreSQL: takes each attempt waiting to be",
  "verified, runs it in the sandbox (bubblewrap) with the exercise's visible and hidden tests, and",
  "records the verified result. Run any number, on any machine that reaches the database and has",
  "bubblewrap (docs/sandbox.md). Ctrl+C or SIGTERM stops it once the jobs in hand are recorded; a",
  "worker killed outright loses nothing: its jobs go to another worker within about 15 s.",
  "",
  "It reads the server's settings: DATABASE_URL (a postgres:// URL), STEPWISE_SANDBOX_PYTHON,",
  "STEPWISE_CONTENT_DIR.",
  "",
  "  --concurrency N   jobs at once (default: the number of CPUs)",
].join("\n");

export const workerCommand: Command = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { concurrency: { type: "string" } }, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError(`stepwise worker takes no arguments, only options.\n\n${HELP}`);
    const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      throw new UsageError(`--concurrency must be a whole number from 1 to 64, not "${values.concurrency}".`);
    const config = cliConfig();
    if (!isPostgresUrl(config.databaseUrl))
      throw new UsageError(
        "stepwise worker shares a queue in PostgreSQL: set DATABASE_URL to the shared Stepwise's postgres:// URL. A SQLite Stepwise grades in its own process and needs no worker.",
      );
    const host = { python: config.sandbox.python, ...sandboxUsers() };
    const problem = await sandboxProblem(host);
    if (problem) {
      console.error(`This machine cannot run the grading sandbox: ${problem}`);
      return 1;
    }

    const curriculum = cliCurriculum();
    const { db } = await openDatabase(config);
    const sandbox = createSandboxRuntime({ ...host, concurrency });
    const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
    const queue = await pgBossGradingQueue(config.databaseUrl, {
      name: "worker",
      works: true,
      onError: (error) => log(`queue: ${error.message}`),
    });
    const handlers = gradingHandlers(db, curriculum, sandbox);
    const stopped = new Promise<string>((resolve) => {
      process.once("SIGINT", () => resolve("SIGINT"));
      process.once("SIGTERM", () => resolve("SIGTERM"));
    });
    await queue.work(
      {
        ...handlers,
        async verify(attemptId) {
          const started = performance.now();
          log(`grading attempt ${attemptId}`);
          try {
            await handlers.verify(attemptId);
            log(`verified attempt ${attemptId} in ${Math.round(performance.now() - started)} ms`);
          } catch (error) {
            log(`could not grade attempt ${attemptId} (${(error as Error).message}); it will be tried again`);
            throw error;
          }
        },
        async giveUp(attemptId) {
          await handlers.giveUp(attemptId);
          log(`gave up attempt ${attemptId} after every try failed; administrators see it under Grading`);
        },
      },
      concurrency,
    );
    log(`grading worker started: ${concurrency} at once, sandbox ${config.sandbox.python}. Ctrl+C stops it.`);
    const signal = await stopped;
    log(`${signal}: finishing the jobs in hand, then stopping`);
    await queue.stop();
    await sandbox.close();
    await db.destroy();
    log("stopped");
    return 0;
  },
};
