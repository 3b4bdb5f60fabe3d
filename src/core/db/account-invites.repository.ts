import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "./database-schema.js";
import { recordAudit } from "./audit-log.repository.js";
import type { UserRole } from "./users.table.js";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const RANK: Record<UserRole, number> = { learner: 0, instructor: 1, admin: 2 };

export interface PendingInvite {
  readonly id: string;
  readonly email: string;
  readonly role: UserRole;
  readonly invitedBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A new invitation; returns its token, which goes into the mail and nowhere else. */
export async function createAccountInvite(
  db: Database,
  invite: { email: string; role: UserRole; actor: { id: string; name: string }; expiresAt: Date; now: Date },
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = randomBytes(24).toString("base64url");
  const email = invite.email.toLowerCase();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("account_invites")
      .values({
        id,
        token_hash: hashToken(token),
        email,
        role: invite.role,
        invited_by: invite.actor.id,
        created_at: invite.now.toISOString(),
        expires_at: invite.expiresAt.toISOString(),
        accepted_at: null,
      })
      .execute();
    await recordAudit(trx, {
      actor: invite.actor,
      action: "user.invited",
      targetUserId: null,
      details: { email, role: invite.role },
      at: invite.now.toISOString(),
    });
  });
  return { id, token };
}

/** Invitations not yet accepted and not expired, newest first. */
export async function pendingInvites(db: Database, now: Date): Promise<PendingInvite[]> {
  const rows = await db
    .selectFrom("account_invites")
    .leftJoin("users", "users.id", "account_invites.invited_by")
    .select([
      "account_invites.id",
      "account_invites.email",
      "account_invites.role",
      "users.display_name as invited_by",
      "account_invites.created_at",
      "account_invites.expires_at",
    ])
    .where("account_invites.accepted_at", "is", null)
    .where("account_invites.expires_at", ">", now.toISOString())
    .orderBy("account_invites.created_at", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/** Withdraws an invitation not yet accepted; false when there is none with that id. */
export async function withdrawInvite(db: Database, inviteId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("account_invites")
    .where("id", "=", inviteId)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export type AcceptOutcome =
  | { readonly kind: "accepted"; readonly role: UserRole }
  | { readonly kind: "invalid" }
  | { readonly kind: "other-address"; readonly email: string };

/**
 * Accepts an invitation for the signed-in account, which must have the invited address (the link
 * alone is not enough: it may have been forwarded). The account gets the invited role unless it
 * already has a higher one; an invitation works once.
 */
export async function acceptAccountInvite(
  db: Database,
  user: { id: string; name: string; email: string; role: UserRole },
  token: string,
  now: Date,
): Promise<AcceptOutcome> {
  return db.transaction().execute(async (trx): Promise<AcceptOutcome> => {
    const invite = await trx
      .selectFrom("account_invites")
      .select(["id", "email", "role", "expires_at", "accepted_at"])
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirst();
    if (!invite || invite.accepted_at !== null || invite.expires_at <= now.toISOString()) return { kind: "invalid" };
    if (invite.email !== user.email.toLowerCase()) return { kind: "other-address", email: invite.email };
    const role = RANK[invite.role] > RANK[user.role] ? invite.role : user.role;
    const claimed = await trx
      .updateTable("account_invites")
      .set({ accepted_at: now.toISOString() })
      .where("id", "=", invite.id)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return { kind: "invalid" };
    if (role !== user.role) await trx.updateTable("users").set({ role }).where("id", "=", user.id).execute();
    await recordAudit(trx, {
      actor: { id: user.id, name: user.name },
      action: "user.invite-accepted",
      targetUserId: user.id,
      details: { invited: invite.role, role },
      at: now.toISOString(),
    });
    return { kind: "accepted", role };
  });
}
