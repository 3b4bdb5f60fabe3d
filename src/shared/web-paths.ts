/** The web app's pages. The server uses the same list to answer unknown pages with a 404. */
export const webPaths = {
  roadmap: () => "/",
  stage: (stageId: string) => `/stages/${encodeURIComponent(stageId)}`,
  topic: (topicId: string) => `/topics/${encodeURIComponent(topicId)}`,
  exercise: (exerciseId: string) => `/exercises/${encodeURIComponent(exerciseId)}`,
  progress: () => "/progress",
  review: () => "/review",
  faq: () => "/faq",
} as const;

export interface KnownIds {
  hasStage(id: string): boolean;
  hasTopic(id: string): boolean;
  hasExercise(id: string): boolean;
}

/** Whether `pathname` is a page the web app can show (with an id that exists). */
export function isKnownWebPath(pathname: string, ids: KnownIds): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if ([webPaths.roadmap(), webPaths.progress(), webPaths.review(), webPaths.faq()].includes(path)) return true;
  const match = /^\/(stages|topics|exercises)\/([^/]+)$/.exec(path);
  if (!match) return false;
  const id = decodeURIComponent(match[2] ?? "");
  if (match[1] === "stages") return ids.hasStage(id);
  return match[1] === "topics" ? ids.hasTopic(id) : ids.hasExercise(id);
}
