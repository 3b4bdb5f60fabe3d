import { createHash, randomBytes, randomUUID } from "node:crypto";
import { TOKEN_SCOPES, type TokenScope } from "../../shared/api/tokens.js";
import type { Database } from "./database-schema.js";

/** Recognisable in a leaked log or a secret scanner. */
export const TOKEN_PREFIX = "swp_";

export interface TokenSummary {
  readonly id: string;
  readonly name: string;
  readonly scopes: TokenScope[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const readScopes = (text: string) =>
  text.split(",").filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope));

/** Makes a token; the returned secret is the only copy. */
export async function createToken(
  db: Database,
  userId: string,
  input: { name: string; scopes: readonly TokenScope[]; expiresAt: Date | null },
  now: Date,
): Promise<{ token: string; summary: TokenSummary }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const scopes = [...new Set(input.scopes)];
  const row = {
    id: randomUUID(),
    user_id: userId,
    name: input.name,
    token_hash: hashToken(token),
    scopes: scopes.join(","),
    created_at: now.toISOString(),
    expires_at: input.expiresAt?.toISOString() ?? null,
    last_used_at: null,
  };
  await db.insertInto("api_tokens").values(row).execute();
  return {
    token,
    summary: { id: row.id, name: row.name, scopes, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: null },
  };
}

export async function listTokens(db: Database, userId: string): Promise<TokenSummary[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scopes: readScopes(row.scopes),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  }));
}

/** Revokes one of the person's tokens; false when they have no such token. */
export async function revokeToken(db: Database, userId: string, tokenId: string): Promise<boolean> {
  const deleted = await db.deleteFrom("api_tokens").where("id", "=", tokenId).where("user_id", "=", userId).executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

export interface TokenOwner {
  readonly userId: string;
  readonly scopes: TokenScope[];
}

/** Who a presented token belongs to and what it may do; null when unknown or expired. Notes its use. */
export async function resolveToken(db: Database, token: string, now: Date): Promise<TokenOwner | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.selectFrom("api_tokens").selectAll().where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= now.toISOString())) return null;
  await db.updateTable("api_tokens").set({ last_used_at: now.toISOString() }).where("id", "=", row.id).execute();
  return { userId: row.user_id, scopes: readScopes(row.scopes) };
}
