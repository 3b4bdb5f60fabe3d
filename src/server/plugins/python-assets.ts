import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";
import { PYODIDE_VERSION } from "../../core/config.js";
import { currentHarnessBundle, harnessBundleUrl, HARNESS_PATH } from "./harness-bundle.js";

/** Where the browser finds Pyodide's core files; versioned, so they can be cached forever. */
export const PYODIDE_PATH = `/pyodide/${PYODIDE_VERSION}/`;

/**
 * Serves Python to the browser from Stepwise itself: Pyodide's core from the pinned npm package
 * (no CDN needed to run standard-library exercises) and the grading harness as one versioned bundle.
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
    const bundle = currentHarnessBundle();
    app.get<{ Params: { file: string } }>(`${HARNESS_PATH}:file`, { schema: { hide: true } }, async (request, reply) => {
      if (`${HARNESS_PATH}${request.params.file}` !== harnessBundleUrl(bundle)) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `This server's grading harness is ${harnessBundleUrl(bundle)}; reload the page to load it.`,
        });
      }
      return reply
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .type("application/json; charset=utf-8")
        .send(bundle.body);
    });
  },
  { name: "python-assets" },
);
