import { betterAuth } from "better-auth";
import { genericOAuth } from "better-auth/plugins";
import { APIError } from "better-auth/api";
import type { MultiUserConfig } from "../config.js";
import type { Database, DialectName } from "../db/database.js";
import { hasOtherEnabledAdmin } from "../db/accounts.repository.js";
import type { MailSender } from "./mail-sender.js";

export const AUTH_BASE_PATH = "/api/auth";

/** Column names of Stepwise's own migrations for the library's fields (it defaults to camelCase). */
const TIMESTAMPS = { createdAt: "created_at", updatedAt: "updated_at" } as const;

export interface AuthOptions {
  readonly db: Database;
  readonly dialect: DialectName;
  readonly settings: MultiUserConfig;
  readonly mail: MailSender;
  /** Where the library's own messages go (the server's log); they are dropped without it. */
  readonly log?: (level: "debug" | "info" | "warn" | "error", message: string) => void;
}

/**
 * better-auth, on Stepwise's own database and tables: email and password sign-in, sessions kept
 * server-side in `auth_sessions`, rate limits counted in the database (so every instance shares
 * them), verification and reset links through Stepwise's mail sender. See docs/accounts.md.
 */
export function createAuth({ db, dialect, settings, mail, log }: AuthOptions) {
  return betterAuth({
    appName: "Stepwise",
    baseURL: settings.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: settings.authSecret,
    database: { db, type: dialect },
    telemetry: { enabled: false },
    // The library's session list answers with every session's secret token; Stepwise's own
    // /api/sessions lists and ends sessions without ever sending one.
    disabledPaths: ["/list-sessions", "/revoke-session", "/revoke-sessions", "/revoke-other-sessions"],
    logger: log ? { log: (level, message) => log(level, `sign-in: ${message}`) } : { disabled: true },
    trustedOrigins: [settings.publicUrl],
    user: {
      modelName: "users",
      fields: { name: "display_name", emailVerified: "email_verified", ...TIMESTAMPS },
      // A learner may delete their account (with their password): every row of theirs goes with
      // it (each table's user_id cascades); cohorts keep nothing of them.
      deleteUser: {
        enabled: true,
        beforeDelete: async (user) => {
          const self = await db.selectFrom("users").select("role").where("id", "=", user.id).executeTakeFirst();
          if (self?.role === "admin" && !(await hasOtherEnabledAdmin(db, user.id)))
            throw new APIError("BAD_REQUEST", {
              message:
                "You are the last administrator of this Stepwise: make someone else an administrator before deleting your account.",
            });
        },
      },
      additionalFields: {
        kind: { type: "string", input: false, defaultValue: "account", returned: false },
        role: { type: "string", input: false, defaultValue: "learner" },
        disabled: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: {
      modelName: "auth_sessions",
      fields: { userId: "user_id", expiresAt: "expires_at", ipAddress: "ip_address", userAgent: "user_agent", ...TIMESTAMPS },
      // Sliding: each use (at most hourly) pushes the end to `idle` from now; the absolute
      // lifetime is enforced by Stepwise on every request (session-guard.ts).
      expiresIn: settings.sessionIdleSeconds,
      updateAge: Math.min(3600, Math.floor(settings.sessionIdleSeconds / 2)),
    },
    account: {
      modelName: "auth_accounts",
      fields: {
        userId: "user_id",
        accountId: "account_id",
        providerId: "provider_id",
        accessToken: "access_token",
        refreshToken: "refresh_token",
        idToken: "id_token",
        accessTokenExpiresAt: "access_token_expires_at",
        refreshTokenExpiresAt: "refresh_token_expires_at",
        ...TIMESTAMPS,
      },
    },
    verification: { modelName: "auth_verifications", fields: { expiresAt: "expires_at", ...TIMESTAMPS } },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "auth_rate_limits",
      fields: { lastRequest: "last_request" },
      window: 60,
      max: 100,
      customRules: {
        // Per client address: a classroom behind one NAT signs in together, so it is a setting.
        "/sign-in/email": { window: 60, max: settings.signInsPerMinute },
        // Starting a provider's sign-in checks no password (the provider does), and a classroom
        // behind one address signs in at once: the library's default of 3 per 10 s would refuse it.
        "/sign-in/social": { window: 60, max: 60 },
        "/sign-up/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 3 },
        "/reset-password": { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: "stepwise",
      // The address comes from Fastify (which knows whether to trust a proxy), written into this
      // header by the route: a client's own X-Forwarded-For never reaches the rate limiter.
      ipAddress: { ipAddressHeaders: ["x-stepwise-client-ip"] },
    },
    ...signInProviders(settings),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) =>
        mail.send({
          to: user.email,
          subject: "Reset your Stepwise password",
          text: `Someone (hopefully you) asked to reset the password of ${user.email} on Stepwise.\n\nOpen this link within an hour to choose a new one:\n${url}\n\nIf it was not you, ignore this message; your password stays as it is.`,
        }),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) =>
        mail.send({
          to: user.email,
          subject: "Confirm your email for Stepwise",
          text: `Welcome to Stepwise, ${user.name}.\n\nOpen this link to confirm that ${user.email} is yours:\n${url}`,
        }),
    },
    databaseHooks: {
      user: {
        create: {
          // The first account of an instance runs it: it becomes admin, and says so on sign-up.
          before: async (user) => {
            const existing = await db.selectFrom("users").select("id").where("kind", "=", "account").limit(1).executeTakeFirst();
            return { data: { ...user, role: existing ? "learner" : "admin" } };
          },
        },
      },
      session: {
        create: {
          // A disabled account cannot start a session (sign-in answers as for a wrong password).
          before: async (session) => {
            const user = await db.selectFrom("users").select("disabled").where("id", "=", session.userId).executeTakeFirst();
            return user !== undefined && !user.disabled;
          },
        },
      },
    },
  });
}

/** The OIDC provider and GitHub, when their settings are there (docs/accounts.md). */
function signInProviders(settings: MultiUserConfig) {
  const { oidc, github } = settings;
  return {
    ...(github ? { socialProviders: { github: { clientId: github.clientId, clientSecret: github.clientSecret } } } : {}),
    plugins: oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: OIDC_PROVIDER_ID,
                name: oidc.name,
                discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
                clientId: oidc.clientId,
                clientSecret: oidc.clientSecret,
                scopes: ["openid", "email", "profile"],
                pkce: true,
              },
            ],
          }),
        ]
      : [],
  };
}

/** The id of the OIDC provider in sign-in URLs (`/api/auth/callback/oidc`). */
export const OIDC_PROVIDER_ID = "oidc";

export type Auth = ReturnType<typeof createAuth>;
