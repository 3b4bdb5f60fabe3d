import type { UserRole } from "./users.table.js";

/** An administrator's invitation by mail (multi-user mode); see migration 0022. */
export interface AccountInvitesTable {
  id: string;
  /** SHA-256 of the link's token; the token itself is only in the mail. */
  token_hash: string;
  /** Lower case: the account that accepts must have this address. */
  email: string;
  role: UserRole;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}
