import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";
import { PYODIDE_VERSION } from "../../core/config.js";
import { PYTHON_PACKAGE_ROOT } from "../../runner/harness-files.js";

/** Where the browser finds Pyodide's core files; versioned, so they can be cached forever. */
export const PYODIDE_PATH = `/pyodide/${PYODIDE_VERSION}/`;
export const HARNESS_PATH = "/harness/";

/**
 * Serves Python to the browser from Stepwise itself: Pyodide's core from the pinned npm package
 * (no CDN needed to run standard-library exercises) and the grading harness.
 */
export const pythonAssetsPlugin = fp(
  async (app) => {
    const pyodideDir = dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
    await app.register(fastifyStatic, {
      root: pyodideDir,
      prefix: PYODIDE_PATH,
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: "365d",
      allowedPath: (path) => /\.(mjs|js|wasm|zip|json)$/.test(path),
      setHeaders(reply, _path, stat) {
        reply.header(UNCOMPRESSED_LENGTH_HEADER, String(stat.size));
      },
    });
    await app.register(fastifyStatic, {
      root: `${PYTHON_PACKAGE_ROOT}stepwise`,
      prefix: HARNESS_PATH,
      decorateReply: false,
      index: false,
      // Not versioned in the URL: the browser must ask (a cheap 304) before using a harness file
      // it has, or a changed harness would be graded with the old one.
      cacheControl: false,
      setHeaders(reply) {
        reply.header("Cache-Control", "no-cache");
      },
      allowedPath: (path) => path.endsWith(".py"),
    });
  },
  { name: "python-assets" },
);
