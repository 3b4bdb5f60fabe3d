import { TOKEN_SCOPES, type TokenScope } from "../../shared/api/tokens.js";

/** Routes a token may change things on, by the scope that allows it (route patterns as Fastify names them). */
const WRITES: Readonly<Record<string, TokenScope>> = {
  "POST /api/exercises/:exerciseId/attempts": "attempts",
  "POST /api/projects/:projectId/submissions": "submissions",
  "PUT /api/projects/:projectId/submissions/:submissionId/final": "submissions",
  "PUT /api/projects/:projectId/submissions/:submissionId/description": "submissions",
  "POST /api/models/:name/predict": "models",
  "POST /api/models/:name/versions/:version/predict": "models",
  "POST /v2/models/:name/infer": "models",
  "POST /v2/models/:name/versions/:version/infer": "models",
};

/** The calendar feed: a calendar app subscribes to a URL and can send nothing else. */
export const CALENDAR_FEED_ROUTE = "/api/plan/calendar.ics";

/**
 * The scopes any one of which lets a token make this request; empty when no token may (accounts,
 * tokens, sessions, cohorts, administration: those need a signed-in person).
 */
export function scopesAllowing(method: string, routeUrl: string | undefined): readonly TokenScope[] {
  if (routeUrl === undefined) return [];
  if (method === "GET" || method === "HEAD") {
    // Any token may say whose it is (`stepwise login` checks a token this way).
    if (routeUrl === "/api/me") return TOKEN_SCOPES;
    if (routeUrl === CALENDAR_FEED_ROUTE) return ["calendar", "read"];
    return /^\/api\/(tokens|sessions|admin|cohorts)(\/|$)/.test(routeUrl) ? [] : ["read"];
  }
  const write = WRITES[`${method} ${routeUrl}`];
  if (write) return [write];
  // Uploading, aliasing and deleting one's models, from `stepwise deploy`.
  if (/^\/api\/models(\/|$)/.test(routeUrl)) return ["models"];
  return [];
}
