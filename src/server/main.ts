import { buildApp } from "./app.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { ConfigError, loadConfig } from "../core/config.js";
import { ContentValidationError } from "../core/content/content-error.js";
import { summarizeDataset } from "../core/datasets/summary-cache.js";
import { prepareProject } from "../core/projects/project-data-cache.js";

/** Starts Stepwise: `npm start`. Stops cleanly on Ctrl+C or SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, PROJECT_ROOT);
  const app = await buildApp(config);
  const stop = async (signal: string): Promise<void> => {
    app.log.info(`${signal} received, closing`);
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  app.log.info(`Stepwise is ready: open http://${shownHost}:${config.port} (${app.dialect})`);
  if (config.host === "0.0.0.0" || config.host === "::") {
    app.log.info(
      `Other machines reach this server only under the names it answers to: ${config.allowedHosts.join(", ")}. Add the name or address they use to STEPWISE_ALLOWED_HOSTS.`,
    );
  }
  // Build the projects' files and the shipped datasets' explorations now (about two seconds in
  // all, most of it the digits) rather than on the first visit to their pages.
  setImmediate(() => {
    const warm = (what: string, build: () => unknown) => {
      try {
        build();
      } catch (error) {
        // The page's own requests will report it; the rest of Stepwise keeps running.
        app.log.error({ err: error }, `cannot prepare ${what}`);
      }
    };
    for (const project of app.curriculum.projects) warm(`project ${project.id}`, () => prepareProject(app.curriculum, project));
    for (const dataset of app.curriculum.datasets) {
      const path = dataset.localPath;
      if (path) warm(`dataset ${dataset.id}`, () => summarizeDataset(dataset, path));
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentValidationError) {
    console.error(`Stepwise cannot start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(
      `Stepwise cannot start: port ${process.env.PORT ?? 3000} is in use. Stop the other program or set PORT, e.g. PORT=3001 npm start.`,
    );
  } else {
    console.error("Stepwise cannot start:", error);
  }
  process.exit(1);
});
