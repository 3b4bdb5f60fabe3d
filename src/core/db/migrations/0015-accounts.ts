import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";

/**
 * Multi-user mode's accounts. The sign-in library (better-auth) keeps its records in these tables,
 * which Stepwise's migrations own like every other: `users` gains what an account has, and the
 * library's sessions, linked accounts (a password or an OIDC identity), one-time tokens and rate
 * limit counters get tables of their own. Times the library compares (expiry) are real
 * timestamps on PostgreSQL; SQLite keeps ISO text, as the library writes it there.
 */
export function accounts(dialect: DialectName): Migration {
  const time = dialect === "postgres" ? "timestamptz" : "text";
  const flag = dialect === "postgres" ? "boolean" : "integer";
  const no = dialect === "postgres" ? sql`false` : sql`0`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("users").addColumn("email", "text").execute();
      await db.schema
        .alterTable("users")
        .addColumn("email_verified", flag, (col) => col.notNull().defaultTo(no))
        .execute();
      await db.schema.alterTable("users").addColumn("image", "text").execute();
      await db.schema.alterTable("users").addColumn("updated_at", "text").execute();
      await db.schema
        .alterTable("users")
        .addColumn("role", "text", (col) =>
          col
            .notNull()
            .defaultTo("learner")
            .check(sql`role in ('learner', 'instructor', 'admin')`),
        )
        .execute();
      await db.schema
        .alterTable("users")
        .addColumn("disabled", flag, (col) => col.notNull().defaultTo(no))
        .execute();
      await db.schema.createIndex("users_email").unique().on("users").column("email").execute();

      await db.schema
        .createTable("auth_sessions")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token", "text", (col) => col.notNull().unique())
        .addColumn("expires_at", time, (col) => col.notNull())
        .addColumn("ip_address", "text")
        .addColumn("user_agent", "text")
        .addColumn("created_at", time, (col) => col.notNull())
        .addColumn("updated_at", time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex("auth_sessions_user").on("auth_sessions").column("user_id").execute();

      await db.schema
        .createTable("auth_accounts")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
        .addColumn("account_id", "text", (col) => col.notNull())
        .addColumn("provider_id", "text", (col) => col.notNull())
        .addColumn("access_token", "text")
        .addColumn("refresh_token", "text")
        .addColumn("id_token", "text")
        .addColumn("access_token_expires_at", time)
        .addColumn("refresh_token_expires_at", time)
        .addColumn("scope", "text")
        .addColumn("password", "text")
        .addColumn("created_at", time, (col) => col.notNull())
        .addColumn("updated_at", time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex("auth_accounts_user").on("auth_accounts").column("user_id").execute();

      await db.schema
        .createTable("auth_verifications")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("identifier", "text", (col) => col.notNull())
        .addColumn("value", "text", (col) => col.notNull())
        .addColumn("expires_at", time, (col) => col.notNull())
        .addColumn("created_at", time, (col) => col.notNull())
        .addColumn("updated_at", time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex("auth_verifications_identifier").on("auth_verifications").column("identifier").execute();

      await db.schema
        .createTable("auth_rate_limits")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("key", "text", (col) => col.notNull().unique())
        .addColumn("count", "integer", (col) => col.notNull())
        .addColumn("last_request", "bigint", (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["auth_rate_limits", "auth_verifications", "auth_accounts", "auth_sessions"])
        await db.schema.dropTable(table).execute();
      await db.schema.dropIndex("users_email").execute();
      for (const column of ["disabled", "role", "updated_at", "image", "email_verified", "email"])
        await db.schema.alterTable("users").dropColumn(column).execute();
    },
  };
}
