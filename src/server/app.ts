import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Curriculum } from "../shared/content/index.js";
import type { AppConfig } from "../core/config.js";
import { readAppVersion } from "../core/config.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { loadCurriculum } from "../core/content/load-curriculum.js";
import "./fastify-types.js";
import { serverLogging } from "./logging.js";
import { allowedHostsPlugin } from "./plugins/allowed-hosts.js";
import { apiDocsPlugin } from "./plugins/api-docs.js";
import { compressionPlugin } from "./plugins/compression.js";
import { crossSiteRequestsPlugin } from "./plugins/cross-site-requests.js";
import { curriculumPlugin } from "./plugins/curriculum.js";
import { datasetDownloadsPlugin } from "./plugins/dataset-downloads.js";
import { databasePlugin } from "./plugins/database.js";
import { errorHandlerPlugin } from "./plugins/error-handler.js";
import { localLearnerPlugin } from "./plugins/local-learner.js";
import { accountsPlugin } from "./plugins/accounts.js";
import { metricsPlugin } from "./plugins/metrics.js";
import { modelServingPlugin } from "./plugins/model-serving.js";
import { pythonAssetsPlugin } from "./plugins/python-assets.js";
import { pythonRuntimesPlugin } from "./plugins/python-runtimes.js";
import { securityHeadersPlugin } from "./plugins/security-headers.js";
import { webAppPlugin } from "./plugins/web-app.js";
import datasetDownloadRoutes from "./routes/dataset-downloads/index.js";
import datasetRoutes from "./routes/datasets/index.js";
import exerciseNotebookRoutes from "./routes/exercise-notebooks/index.js";
import exerciseRoutes from "./routes/exercises/index.js";
import faqRoutes from "./routes/faq/index.js";
import meRoutes from "./routes/me/index.js";
import adminRoutes from "./routes/admin/index.js";
import accountInviteRoutes from "./routes/admin/invites.js";
import publicAreaRoutes from "./routes/admin/public-areas.js";
import cohortRoutes from "./routes/cohorts/index.js";
import learnerWorkRoutes from "./routes/cohorts/learner-work.js";
import cohortCompetitionRoutes from "./routes/cohorts/competitions.js";
import tokenRoutes from "./routes/tokens/index.js";
import sessionRoutes from "./routes/sessions/index.js";
import healthRoutes from "./routes/health/index.js";
import inferenceRoutes from "./routes/inference/index.js";
import inferenceV2Routes from "./routes/inference-v2/index.js";
import metricsRoutes from "./routes/metrics/index.js";
import modelRoutes from "./routes/models/index.js";
import nextStepsRoutes from "./routes/next-steps/index.js";
import planRoutes from "./routes/plan/index.js";
import publicProfileRoutes from "./routes/public-profiles/index.js";
import portfolioRoutes from "./routes/portfolio/index.js";
import noteRoutes from "./routes/notes/index.js";
import projectNotebookRoutes from "./routes/project-notebooks/index.js";
import progressRoutes from "./routes/progress/index.js";
import progressTransferRoutes from "./routes/progress-transfer/index.js";
import projectRoutes from "./routes/projects/index.js";
import quizRoutes from "./routes/quizzes/index.js";
import readinessRoutes from "./routes/readiness/index.js";
import reviewRoutes from "./routes/review/index.js";
import roadmapRoutes from "./routes/roadmap/index.js";
import runRoutes from "./routes/run/index.js";
import stageRoutes from "./routes/stages/index.js";
import submissionModelRoutes from "./routes/submission-models/index.js";
import topicRoutes from "./routes/topics/index.js";
import { gradingQueuePlugin } from "./plugins/grading-queue.js";
import gradingRoutes from "./routes/admin/grading.js";

export interface BuildOptions {
  /** An already loaded curriculum (tests share one); otherwise loaded from `config.contentDir`. */
  readonly curriculum?: Curriculum;
}

/** Builds the whole Stepwise server; `main.ts` listens on it, tests call `inject` on it. */
export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const curriculum = options.curriculum ?? loadCurriculum(config.contentDir);
  const app = Fastify({
    ...serverLogging(config.logLevel),
    // Ids in URLs are short; anything longer is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate("config", config);
  app.decorate("appVersion", readAppVersion(PROJECT_ROOT));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandlerPlugin);
  await app.register(allowedHostsPlugin);
  await app.register(crossSiteRequestsPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(compressionPlugin);
  await app.register(curriculumPlugin, { curriculum });
  await app.register(databasePlugin);
  if (config.multiUser) await app.register(accountsPlugin, { settings: config.multiUser });
  else await app.register(localLearnerPlugin);
  await app.register(pythonRuntimesPlugin);
  await app.register(gradingQueuePlugin);
  await app.register(datasetDownloadsPlugin);
  await app.register(metricsPlugin);
  await app.register(modelServingPlugin);
  await app.register(apiDocsPlugin);

  await app.register(healthRoutes);
  await app.register(meRoutes);
  await app.register(adminRoutes);
  await app.register(accountInviteRoutes);
  await app.register(publicAreaRoutes);
  await app.register(gradingRoutes);
  await app.register(cohortRoutes);
  await app.register(learnerWorkRoutes);
  await app.register(cohortCompetitionRoutes);
  await app.register(tokenRoutes);
  await app.register(sessionRoutes);
  await app.register(roadmapRoutes);
  await app.register(stageRoutes);
  await app.register(topicRoutes);
  await app.register(progressRoutes);
  await app.register(progressTransferRoutes);
  await app.register(noteRoutes);
  await app.register(faqRoutes);
  await app.register(exerciseRoutes);
  await app.register(exerciseNotebookRoutes);
  await app.register(projectNotebookRoutes);
  await app.register(runRoutes);
  await app.register(quizRoutes);
  await app.register(reviewRoutes);
  await app.register(readinessRoutes);
  await app.register(nextStepsRoutes);
  await app.register(planRoutes);
  await app.register(portfolioRoutes);
  await app.register(publicProfileRoutes);
  await app.register(datasetRoutes);
  await app.register(datasetDownloadRoutes);
  await app.register(projectRoutes);
  await app.register(modelRoutes);
  await app.register(inferenceRoutes);
  await app.register(inferenceV2Routes);
  await app.register(submissionModelRoutes);
  await app.register(metricsRoutes);

  await app.register(pythonAssetsPlugin);
  await app.register(webAppPlugin);
  return app;
}
