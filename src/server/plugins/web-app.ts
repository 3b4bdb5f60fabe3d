import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isKnownWebPath } from "../../shared/web-paths.js";

const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * Serves the built single-page app. Any page URL gets index.html, with status 404 when the app
 * has no such page, so that browsers, crawlers and link checkers see a real 404.
 */
export const webAppPlugin = fp(
  async (app) => {
    const indexPath = join(app.config.webDir, "index.html");
    // Read once: a rebuild while the server runs needs a restart, as every other change does.
    const indexHtml = existsSync(indexPath) ? readFileSync(indexPath) : undefined;
    const built = indexHtml !== undefined;
    if (built) {
      await app.register(fastifyStatic, {
        root: app.config.webDir,
        wildcard: false,
        index: false,
        // `npm run build` leaves brotli and gzip copies beside the files (scripts/precompress-assets.ts).
        preCompressed: true,
        setHeaders(reply, path) {
          // Vite fingerprints asset names, so they never change; index.html must always be fresh.
          reply.header("Cache-Control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        },
      });
    } else {
      app.log.warn(`the web app is not built (${indexPath} is missing); run "npm run build" — the API works without it`);
    }
    const curriculum = app.curriculum;
    const stageIds = new Set(curriculum.stages.map((stage) => stage.id));
    const ids = {
      hasStage: (id: string) => stageIds.has(id),
      hasTopic: (id: string) => curriculum.topicsById.has(id),
      hasExercise: (id: string) => curriculum.exercisesById.has(id),
      hasDataset: (id: string) => curriculum.datasets.some((dataset) => dataset.id === id),
      hasProject: (id: string) => curriculum.projects.some((project) => project.id === id),
    };

    // Pages are a catch-all route rather than the not-found handler, because route hooks are
    // what compresses responses (@fastify/compress adds them per route). Pages are not API: hidden from the docs.
    app.get("/*", { schema: { hide: true } }, (request, reply) => {
      const pathname = request.url.split("?")[0] ?? "/";
      if (isApiPath(pathname)) return reply.callNotFound();
      if (!built) {
        return reply
          .code(503)
          .type("text/plain; charset=utf-8")
          .send('The Stepwise web app has not been built yet. Run "npm run build" (or "npm start", which builds it) and reload.');
      }
      return reply
        .code(isKnownWebPath(pathname, ids) ? 200 : 404)
        .header("Cache-Control", "no-cache")
        .type("text/html; charset=utf-8")
        .send(indexHtml);
    });

    app.setNotFoundHandler((request, reply) => {
      const pathname = request.url.split("?")[0] ?? "/";
      if (isApiPath(pathname)) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no API route ${request.method} ${pathname}; the list of routes is at /api/docs.`,
        });
      }
      return reply
        .code(404)
        .send({ statusCode: 404, error: "Not Found", message: `Nothing answers ${request.method} ${pathname}.` });
    });
  },
  { name: "web-app", dependencies: ["curriculum"] },
);
