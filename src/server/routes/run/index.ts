import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { BrowserPythonSettingsSchema, PythonSettingsResponseSchema, RunBodySchema } from "../../../shared/api/exercises.js";
import { BROWSER_PYTHON_SETTINGS_PATH } from "../../../shared/python/browser-loading.js";
import { GradingResultSchema } from "../../../shared/grading/result-schema.js";
import { exerciseJob } from "../../../runner/exercise-job.js";
import { exerciseDataFiles } from "../../../core/datasets/exercise-data-files.js";
import { PYODIDE_VERSION } from "../../../core/config.js";
import { type PackageVersions, probePythonPackages } from "../../../runner/native/python-packages.js";
import { currentHarnessBundle, harnessBundleUrl } from "../../plugins/harness-bundle.js";
import { PYODIDE_PATH } from "../../plugins/python-assets.js";
import { refusalToRun } from "../../plugins/python-runtimes.js";

export default async function runRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Asked once, on first use: installing a package means restarting Stepwise to see it.
  let packages: Promise<PackageVersions> | undefined;
  const serverPackages = () => (packages ??= probePythonPackages(app.config.python));

  app.post(
    "/api/run",
    {
      // Big enough to answer an oversized source with a grading error rather than a transport one.
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        summary:
          "Grade code against an exercise's tests on the server: its Python or Pyodide (local mode only) or its sandbox (STEPWISE_SANDBOX=on); records nothing",
        tags: ["exercises"],
        body: RunBodySchema,
        response: { 200: GradingResultSchema, 400: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const refusal = refusalToRun(app.config, request.body.runtime);
      if (refusal) return reply.code(403).send({ statusCode: 403, error: "Forbidden", message: refusal });
      const exercise = app.curriculum.exercisesById.get(request.body.exerciseId);
      if (!exercise) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no exercise "${request.body.exerciseId}". GET /api/exercises lists them all.`,
        });
      }
      return app.runtimes
        .get(request.body.runtime)
        .run(exerciseJob(exercise, request.body.code, "visible", exerciseDataFiles(exercise, app.curriculum.datasets)));
    },
  );

  app.get(
    "/api/python",
    {
      schema: {
        summary: "How Python runs here: the package index for the browser, and whether the server runs code",
        tags: ["exercises"],
        response: { 200: PythonSettingsResponseSchema },
      },
    },
    async () => ({
      packagesUrl: app.config.pyodidePackagesUrl,
      pyodideVersion: PYODIDE_VERSION,
      serverPython: {
        enabled: app.config.serverPython.enabled,
        interpreter: app.config.python,
        reason: app.config.serverPython.reason,
        packages: app.config.serverPython.enabled ? await serverPackages() : null,
      },
      sandbox: { enabled: app.config.sandbox.enabled },
    }),
  );

  app.get(
    BROWSER_PYTHON_SETTINGS_PATH,
    {
      schema: {
        summary: "Where the browser's Python worker loads Pyodide, packages and the grading harness from",
        tags: ["exercises"],
        response: { 200: BrowserPythonSettingsSchema },
      },
    },
    async () => ({
      pyodideVersion: PYODIDE_VERSION,
      pyodideUrl: PYODIDE_PATH,
      packagesUrl: app.config.pyodidePackagesUrl,
      harnessUrl: harnessBundleUrl(currentHarnessBundle()),
    }),
  );
}
