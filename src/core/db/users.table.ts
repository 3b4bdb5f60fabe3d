import type { Generated, Insertable, Selectable } from "kysely";

export interface UsersTable {
  id: string;
  display_name: string;
  /** `local` is the built-in learner of single-user mode; accounts arrive with multi-user mode. */
  kind: "local" | "account";
  created_at: Generated<string>;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
