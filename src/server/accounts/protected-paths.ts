/**
 * What multi-user mode keeps behind sign-in: the API (but sign-in itself, who is signed in, and
 * the health check; the API documentation at /api/docs too), model serving and metrics. Pages and their scripts
 * stay public, so that the sign-in page can load; they hold no one's data.
 */
const OPEN = ["/api/auth", "/api/health", "/api/me"];
const PROTECTED = ["/api", "/v2", "/metrics"];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export function needsSignIn(url: string): boolean {
  const path = url.split("?", 1)[0] ?? url;
  return !OPEN.some((prefix) => under(path, prefix)) && PROTECTED.some((prefix) => under(path, prefix));
}
