import { sql } from "kysely";
import { recordAudit } from "./audit-log.repository.js";
import type { Database } from "./database-schema.js";
import type { UserRole } from "./users.table.js";

export interface AccountSummary {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: UserRole;
  readonly disabled: boolean;
  readonly emailVerified: boolean;
  readonly createdAt: string;
}

/** Every account (not local mode's built-in learner), oldest first; or just the one with `onlyId`. */
export async function listAccounts(db: Database, onlyId?: string): Promise<AccountSummary[]> {
  let query = db
    .selectFrom("users")
    .select(["id", "display_name", "email", "role", "disabled", "email_verified", "created_at"])
    .where("kind", "=", "account");
  if (onlyId !== undefined) query = query.where("id", "=", onlyId);
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.display_name,
    email: row.email,
    role: row.role,
    disabled: Boolean(row.disabled),
    emailVerified: Boolean(row.email_verified),
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/** Whether an enabled administrator other than `userId` exists: an instance must always keep one. */
export async function hasOtherEnabledAdmin(db: Database, userId: string): Promise<boolean> {
  // Booleans as SQL literals: true/false on PostgreSQL, 1/0 on SQLite, the same text for both.
  const other = await db
    .selectFrom("users")
    .select("id")
    .where("kind", "=", "account")
    .where("role", "=", "admin")
    .where("disabled", "=", sql.lit(false))
    .where("id", "!=", userId)
    .executeTakeFirst();
  return other !== undefined;
}

export interface AccountChange {
  readonly role?: UserRole | undefined;
  readonly disabled?: boolean | undefined;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
}

export type ChangeOutcome =
  | { readonly kind: "changed"; readonly account: AccountSummary }
  | { readonly kind: "not-found" }
  | { readonly kind: "last-admin" };

/**
 * Changes an account's role or whether it may sign in, in one transaction with its audit entries;
 * disabling ends every session at once. Refused when it would leave no enabled administrator.
 */
export async function changeAccount(db: Database, actor: Actor, userId: string, change: AccountChange): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("users")
      .selectAll()
      .where("id", "=", userId)
      .where("kind", "=", "account")
      .executeTakeFirst();
    if (!before) return { kind: "not-found" } as const;
    const wasActiveAdmin = before.role === "admin" && !before.disabled;
    const staysActiveAdmin = (change.role ?? before.role) === "admin" && !(change.disabled ?? Boolean(before.disabled));
    if (wasActiveAdmin && !staysActiveAdmin && !(await hasOtherEnabledAdmin(trx, userId))) return { kind: "last-admin" } as const;
    const at = new Date().toISOString();
    const audit = (action: string, details: object) => recordAudit(trx, { actor, action, targetUserId: userId, details, at });
    if (change.role !== undefined && change.role !== before.role) {
      await trx.updateTable("users").set({ role: change.role, updated_at: at }).where("id", "=", userId).execute();
      await audit("user.role", { from: before.role, to: change.role });
    }
    if (change.disabled !== undefined && change.disabled !== Boolean(before.disabled)) {
      await trx
        .updateTable("users")
        .set({ disabled: sql.lit(change.disabled), updated_at: at })
        .where("id", "=", userId)
        .execute();
      if (change.disabled) await trx.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
      await audit(change.disabled ? "user.disabled" : "user.enabled", {});
    }
    const [account] = (await listAccounts(trx, userId)) as [AccountSummary];
    return { kind: "changed", account } as const;
  });
}

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string | null;
  readonly details: Record<string, unknown>;
}

/** The newest audit entries first, with the target's current name. */
export async function auditEntries(db: Database, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.target_user_id")
    .select([
      "audit_log.at",
      "audit_log.actor_name",
      "audit_log.action",
      "users.display_name",
      "users.email",
      "audit_log.details",
    ])
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    at: row.at,
    actor: row.actor_name,
    action: row.action,
    target: row.display_name === null ? null : `${row.display_name}${row.email ? ` <${row.email}>` : ""}`,
    details: JSON.parse(row.details) as Record<string, unknown>,
  }));
}
