/** The web app's pages. The server uses the same list to answer unknown pages with a 404. */
export const webPaths = {
  roadmap: () => "/",
  stage: (stageId: string) => `/stages/${encodeURIComponent(stageId)}`,
  topic: (topicId: string) => `/topics/${encodeURIComponent(topicId)}`,
  progress: () => "/progress",
  faq: () => "/faq",
} as const;

export interface KnownIds {
  hasStage(id: string): boolean;
  hasTopic(id: string): boolean;
}

/** Whether `pathname` is a page the web app can show (with an id that exists). */
export function isKnownWebPath(pathname: string, ids: KnownIds): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === webPaths.roadmap() || path === webPaths.progress() || path === webPaths.faq()) return true;
  const match = /^\/(stages|topics)\/([^/]+)$/.exec(path);
  if (!match) return false;
  const id = decodeURIComponent(match[2] ?? "");
  return match[1] === "stages" ? ids.hasStage(id) : ids.hasTopic(id);
}
