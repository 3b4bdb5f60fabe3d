import { webPaths } from "../../../shared/web-paths.js";

/**
 * Where to go after signing in: the `next` page the visitor was sent from, if it is a page of this
 * site. Anything else (another site, `//host`, a sign-in page) goes to the roadmap, so that a
 * crafted link cannot send someone elsewhere after they signed in.
 */
export function nextPage(search: string): string {
  const next = new URLSearchParams(search).get("next");
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return webPaths.roadmap();
  const path = next.split("?")[0] ?? "";
  if ([webPaths.signIn(), webPaths.signUp()].includes(path)) return webPaths.roadmap();
  return next;
}
