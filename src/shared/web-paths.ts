import { MODEL_NAME_PATTERN } from "./models/names.js";

/** The web app's pages. The server uses the same list to answer unknown pages with a 404. */
export const webPaths = {
  roadmap: () => "/",
  stage: (stageId: string) => `/stages/${encodeURIComponent(stageId)}`,
  topic: (topicId: string) => `/topics/${encodeURIComponent(topicId)}`,
  exercise: (exerciseId: string) => `/exercises/${encodeURIComponent(exerciseId)}`,
  progress: () => "/progress",
  review: () => "/review",
  faq: () => "/faq",
  readiness: () => "/readiness",
  plan: () => "/plan",
  portfolio: () => "/portfolio",
  datasets: () => "/datasets",
  dataset: (datasetId: string) => `/datasets/${encodeURIComponent(datasetId)}`,
  projects: () => "/projects",
  project: (projectId: string) => `/projects/${encodeURIComponent(projectId)}`,
  models: () => "/models",
  model: (name: string) => `/models/${encodeURIComponent(name)}`,
  // Multi-user mode: signing in, one's account, cohorts and administration.
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  signUp: (next?: string) => (next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"),
  forgotPassword: () => "/forgot-password",
  resetPassword: () => "/reset-password",
  account: () => "/account",
  privacy: () => "/privacy",
  join: (token: string) => `/join/${encodeURIComponent(token)}`,
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  cohorts: () => "/cohorts",
  cohort: (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}`,
  cohortLearner: (cohortId: string, userId: string) =>
    `/cohorts/${encodeURIComponent(cohortId)}/learners/${encodeURIComponent(userId)}`,
  admin: () => "/admin",
} as const;

export interface KnownIds {
  hasStage(id: string): boolean;
  hasTopic(id: string): boolean;
  hasExercise(id: string): boolean;
  hasDataset(id: string): boolean;
  hasProject(id: string): boolean;
}

/** Whether `pathname` is a page the web app can show (with an id that exists). */
export function isKnownWebPath(pathname: string, ids: KnownIds): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const fixed = [
    webPaths.roadmap(),
    webPaths.progress(),
    webPaths.review(),
    webPaths.faq(),
    webPaths.readiness(),
    webPaths.plan(),
    webPaths.portfolio(),
    webPaths.datasets(),
    webPaths.projects(),
    webPaths.models(),
    webPaths.signIn(),
    webPaths.signUp(),
    webPaths.forgotPassword(),
    webPaths.resetPassword(),
    webPaths.account(),
    webPaths.privacy(),
    webPaths.cohorts(),
    webPaths.admin(),
  ];
  if (fixed.includes(path)) return true;
  // Invite links, cohorts and their learners are checked by the page, which can say whether one
  // has expired or is not yours; the server cannot know without the visitor's account.
  if (/^\/(join|invite)\/[^/]+$/.test(path) || /^\/cohorts\/[^/]+(\/learners\/[^/]+)?$/.test(path)) return true;
  // Models are the learner's own, so any well-formed name is a page: the page says when there is no such model yet.
  const model = /^\/models\/([^/]+)$/.exec(path);
  if (model) return MODEL_NAME_PATTERN.test(decodeURIComponent(model[1] ?? ""));
  const match = /^\/(stages|topics|exercises|datasets|projects)\/([^/]+)$/.exec(path);
  if (!match) return false;
  const id = decodeURIComponent(match[2] ?? "");
  const known = {
    stages: ids.hasStage,
    topics: ids.hasTopic,
    exercises: ids.hasExercise,
    datasets: ids.hasDataset,
    projects: ids.hasProject,
  }[match[1] as "stages"];
  return known(id);
}
