export interface ApiTokensTable {
  id: string;
  user_id: string;
  /** What the person called it ("laptop CLI"). */
  name: string;
  /** SHA-256 of the token, hex; the token itself is shown once and never stored. */
  token_hash: string;
  /** Comma-separated scopes. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}
