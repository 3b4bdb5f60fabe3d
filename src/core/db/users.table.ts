import type { Generated, Insertable, Selectable } from "kysely";

export type UserRole = "learner" | "instructor" | "admin";

export interface UsersTable {
  id: string;
  display_name: string;
  /** `local` is the built-in learner of local mode; `account` a person who signs in (multi-user mode). */
  kind: "local" | "account";
  created_at: Generated<string>;
  /** Accounts only; unique. */
  email: string | null;
  /** Booleans are 0/1 on SQLite, true/false on PostgreSQL. */
  email_verified: Generated<boolean | number>;
  image: string | null;
  updated_at: string | null;
  role: Generated<UserRole>;
  /** A disabled account cannot sign in, and its sessions end. */
  disabled: Generated<boolean | number>;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
