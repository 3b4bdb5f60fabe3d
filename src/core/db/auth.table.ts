import type { Selectable } from "kysely";

/**
 * The sign-in library's records (multi-user mode). The library writes them; Stepwise reads them to
 * list and end sessions and to enforce the absolute session lifetime. Times are Date on
 * PostgreSQL and ISO text on SQLite.
 */
export interface AuthSessionsTable {
  id: string;
  user_id: string;
  /** The cookie's value; never shown. */
  token: string;
  expires_at: Date | string;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface AuthAccountsTable {
  id: string;
  user_id: string;
  account_id: string;
  /** `credential` for email and password, else the OIDC/OAuth provider's id. */
  provider_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Date | string | null;
  refresh_token_expires_at: Date | string | null;
  scope: string | null;
  /** The password hash, for `credential` accounts. */
  password: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface AuthVerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Date | string;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface AuthRateLimitsTable {
  id: string;
  key: string;
  count: number;
  last_request: number | string;
}

export type AuthSessionRow = Selectable<AuthSessionsTable>;
