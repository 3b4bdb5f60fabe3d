import type { Database } from "./database.js";

export interface SessionSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/** PostgreSQL gives the library's timestamps as Date, SQLite as ISO text. */
const iso = (value: Date | string) => new Date(value).toISOString();

/** A person's signed-in sessions, most recently used first. */
export async function listSessions(db: Database, userId: string): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom("auth_sessions")
    .select(["id", "created_at", "updated_at", "expires_at", "ip_address", "user_agent"])
    .where("user_id", "=", userId)
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      createdAt: iso(row.created_at),
      lastSeenAt: iso(row.updated_at),
      expiresAt: iso(row.expires_at),
      ipAddress: row.ip_address,
      userAgent: row.user_agent,
    }))
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/** Ends one of the person's sessions; false when they have none with that id. */
export async function endSession(db: Database, userId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("auth_sessions")
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ends every session of the person ("sign out everywhere"); returns how many ended. */
export async function endAllSessions(db: Database, userId: string): Promise<number> {
  const result = await db.deleteFrom("auth_sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
