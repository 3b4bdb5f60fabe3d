import { orderedId } from "./ordered-id.js";
import type { Database } from "./database-schema.js";

export interface AuditInput {
  readonly actor: { readonly id: string; readonly name: string };
  /** e.g. `user.role`, `cohort.solutions`. */
  readonly action: string;
  readonly targetUserId: string | null;
  readonly details: object;
  readonly at: string;
}

/** Records what an administrator or instructor did (inside the caller's transaction when given one). */
export async function recordAudit(db: Database, entry: AuditInput): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: orderedId(),
      at: entry.at,
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      action: entry.action,
      target_user_id: entry.targetUserId,
      details: JSON.stringify(entry.details),
    })
    .execute();
}
