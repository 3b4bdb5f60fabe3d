import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";
import { basename } from "node:path";
import { UNCOMPRESSED_LENGTH_HEADER } from "../../shared/python/browser-loading.js";
import { PYODIDE_VERSION } from "../../core/config.js";
import { isBrowserPyodideFile, PYODIDE_PACKAGE_DIR, readBuiltPyodide } from "../../core/web-assets/built-pyodide.js";
import { currentHarnessBundle, harnessBundleUrl, HARNESS_PATH } from "./harness-bundle.js";

/** Where the browser finds Pyodide's core files; versioned, so they can be cached forever. */
export const PYODIDE_PATH = `/pyodide/${PYODIDE_VERSION}/`;

/**
 * Serves Python to the browser from Stepwise itself: Pyodide's core from the pinned npm package, as
 * the build copied and compressed it (no CDN needed to run standard-library exercises) and the grading harness as one versioned bundle.
 */
export const pythonAssetsPlugin = fp(
  async (app) => {
    // The build's folder has compressed copies made once at the highest quality; without a build
    // the npm package's files are sent and compressed per request, as every other response is.
    const built = readBuiltPyodide(app.config.builtPyodideDir);
    if (!built)
      app.log.warn(
        `Pyodide's files are not built (${app.config.builtPyodideDir}); run "npm run build" to send them precompressed`,
      );
    await app.register(fastifyStatic, {
      root: built?.dir ?? PYODIDE_PACKAGE_DIR,
      prefix: PYODIDE_PATH,
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: "365d",
      preCompressed: built !== undefined,
      allowedPath: isBrowserPyodideFile,
      setHeaders(reply, path, stat) {
        const sent = basename(path);
        reply.header(UNCOMPRESSED_LENGTH_HEADER, String(built?.sizes[sent.replace(/\.(br|gz)$/, "")] ?? stat.size));
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
