import type { Selectable } from "kysely";

export interface AuditLogTable {
  id: string;
  at: string;
  /** Null once the actor's account is deleted; `actor_name` keeps who it was. */
  actor_id: string | null;
  actor_name: string;
  /** e.g. `user.role`, `user.disabled`. */
  action: string;
  target_user_id: string | null;
  /** JSON: what changed, from and to. */
  details: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
