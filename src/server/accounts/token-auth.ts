import type { FastifyRequest } from "fastify";
import { resolveToken } from "../../core/db/api-tokens.repository.js";
import type { Database } from "../../core/db/database-schema.js";
import type { UserRole } from "../../core/db/users.table.js";
import { CALENDAR_FEED_ROUTE, scopesAllowing } from "./token-scopes.js";

export type TokenCheck =
  | { readonly kind: "none" }
  | { readonly kind: "accepted"; readonly userId: string; readonly role: UserRole }
  | { readonly kind: "refused"; readonly status: 401 | 403; readonly message: string };

/** The token a request presents: `Authorization: Bearer …`, or `?access_token=` on the calendar feed only. */
function presentedToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  if (request.routeOptions.url === CALENDAR_FEED_ROUTE) {
    const query = request.query as Record<string, unknown> | undefined;
    const fromQuery = new URL(request.url, "http://x").searchParams.get("access_token") ?? query?.access_token;
    if (typeof fromQuery === "string") return fromQuery;
  }
  return null;
}

/** Checks a personal access token, if the request carries one: its owner, expiry and scope. */
export async function checkToken(db: Database, request: FastifyRequest, now: Date): Promise<TokenCheck> {
  const token = presentedToken(request);
  if (token === null) return { kind: "none" };
  const owner = await resolveToken(db, token, now);
  if (!owner)
    return {
      kind: "refused",
      status: 401,
      message: "This access token is unknown, revoked or expired; make a new one on your account page.",
    };
  const user = await db.selectFrom("users").select(["role", "disabled"]).where("id", "=", owner.userId).executeTakeFirst();
  if (!user || user.disabled)
    return { kind: "refused", status: 401, message: "This account has been disabled; ask your instructor or administrator." };
  const allowing = scopesAllowing(request.method, request.routeOptions.url);
  if (!allowing.some((scope) => owner.scopes.includes(scope)))
    return {
      kind: "refused",
      status: 403,
      message:
        allowing.length === 0
          ? "An access token cannot do this; sign in on the web page."
          : `This access token's scopes (${owner.scopes.join(", ")}) do not allow this; it needs ${allowing.join(" or ")}.`,
    };
  return { kind: "accepted", userId: owner.userId, role: user.role };
}
