import { webPaths } from "./web-paths.js";

/**
 * What an administrator of a multi-user Stepwise may open to visitors who are not signed in.
 * Each area is read-only content that holds no one's data; everything a learner does (statuses,
 * notes, exercises, quizzes, projects) still needs an account.
 */
export const PUBLIC_AREAS = {
  curriculum: {
    title: "Roadmap and lessons",
    opens: "the roadmap, every stage and topic with its lesson and resources, and the FAQ",
  },
  datasets: {
    title: "Datasets",
    opens: "the dataset catalogue with its charts and the state of each download",
  },
} as const;

export type PublicArea = keyof typeof PUBLIC_AREAS;
export const PUBLIC_AREA_IDS = Object.keys(PUBLIC_AREAS) as PublicArea[];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The area a web page belongs to, if any: a visitor may see the page when that area is open. */
export function publicAreaOfPage(pathname: string): PublicArea | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === webPaths.roadmap() || path === webPaths.faq()) return "curriculum";
  if (under(path, "/stages") || under(path, "/topics")) return "curriculum";
  if (under(path, webPaths.datasets())) return "datasets";
  return null;
}
